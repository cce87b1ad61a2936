#!/usr/bin/python3
"""Writes the .npy test files with real NumPy (Debian's python3-numpy).

Good files hold known values (listed in npy/expected.json); hostile files must
each be refused by the app with a clear message. Run from anywhere:
    /usr/bin/python3 tests/golden/generate_npy.py
"""
import io
import json
import os

import numpy as np

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "npy")
os.makedirs(here, exist_ok=True)
expected = {}


def save(name, array, version=None, note=""):
    path = os.path.join(here, name)
    with open(path, "wb") as f:
        np.lib.format.write_array(f, array, version=version, allow_pickle=True)
    return path


def good(name, array, version=None, dtype="float32"):
    save(name, array, version)
    flat = np.ascontiguousarray(array).astype(np.float64).reshape(-1)
    expected[name] = {
        "shape": list(array.shape),
        "dtype": dtype,
        "values": [repr(float(v)) for v in flat],
    }


base = np.array([[1.5, -2.25, np.nan], [np.inf, -np.inf, 1e-40]], dtype=np.float32)
good("f4_c.npy", base)
good("f4_big_endian.npy", base.astype(">f4"))
good("f8_fortran.npy", np.asfortranarray(np.arange(24, dtype=np.float64).reshape(2, 3, 4) / 7), dtype="float64")
good("f8_big_endian_fortran.npy", np.asfortranarray((np.arange(6, dtype=">f8") - 2.5).reshape(3, 2)), dtype="float64")
good("v2.npy", np.arange(5, dtype=np.float32) * 0.1, version=(2, 0))
good("v3.npy", np.linspace(-1, 1, 8, dtype=np.float32).reshape(2, 2, 2), version=(3, 0))
good("rank4.npy", np.arange(12, dtype=np.float32).reshape(1, 3, 2, 2))
good("int32.npy", np.array([[-3, 0, 7]], dtype=np.int32))
good("int64.npy", np.array([1, 2, 3], dtype=np.int64), dtype="float64")
good("uint8.npy", np.array([0, 255], dtype=np.uint8))
good("bool.npy", np.array([True, False, True]))
good("float16.npy", np.array([0.5, -1.0, 65504.0], dtype=np.float16))

# Hostile or unsupported files.
save("object_pickle.npy", np.array([{"a": 1}, None], dtype=object))
save("structured.npy", np.zeros(3, dtype=[("x", "<f4"), ("y", "<i4")]))
save("complex.npy", np.array([1 + 2j], dtype=np.complex64))
save("unicode.npy", np.array(["softmax"]))
save("scalar.npy", np.float32(3.0).reshape(()))
save("rank5.npy", np.zeros((1, 1, 1, 1, 2), dtype=np.float32))
save("extent65.npy", np.zeros((65,), dtype=np.float32))
save("too_many_elements.npy", np.zeros((64, 64, 2), dtype=np.float32))
with open(save("truncated.npy", np.arange(6, dtype=np.float32)), "rb+") as f:
    f.truncate(os.path.getsize(f.name) - 3)
with open(save("trailing.npy", np.arange(6, dtype=np.float32)), "ab") as f:
    f.write(b"\0\0\0\0")
buffer = io.BytesIO()
np.save(buffer, np.arange(3, dtype=np.float32))
raw = bytearray(buffer.getvalue())
with open(os.path.join(here, "bad_version.npy"), "wb") as f:
    f.write(raw[:6] + bytes([9, 0]) + raw[8:])
with open(os.path.join(here, "header_code.npy"), "wb") as f:
    header = b"{'descr': __import__('os').system('ls'), 'fortran_order': False, 'shape': (3,), }"
    header += b" " * (64 - (10 + len(header) + 1) % 64) + b"\n"
    f.write(b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header + bytes(12))
with open(os.path.join(here, "header_huge.npy"), "wb") as f:
    f.write(b"\x93NUMPY\x02\x00" + (1 << 20).to_bytes(4, "little") + b"{" * 100)

with open(os.path.join(here, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)
print("wrote", len(expected), "good files and the hostile ones to", here)
