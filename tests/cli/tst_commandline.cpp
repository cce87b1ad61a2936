// Runs the real softmax-explorer binary headlessly (no display is set, so any
// attempt to open a window would fail the test).
#include <cmath>

#include <QDir>
#include <QFile>
#include <QtEndian>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("none-such-platform"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SOFTMAX_EXPLORER_BINARY), arguments);
    if (!process.waitForFinished(20000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void printMatchesPyTorch_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        // str(y) from PyTorch 1.13 (see tests/golden/cases.json for the same tensors).
        QTest::newRow("seed 000 dim=1") << QStringList{"--print", "--preset", "bchw-arange", "--dim", "1"}
                                        << "tensor([[[[3.2932e-04, 3.2932e-04],\n          [3.2932e-04, 3.2932e-04]],\n\n"
                                           "         [[1.7980e-02, 1.7980e-02],\n          [1.7980e-02, 1.7980e-02]],\n\n"
                                           "         [[9.8169e-01, 9.8169e-01],\n          [9.8169e-01, 9.8169e-01]]]])\n";
        QTest::newRow("seed 001 three classes") << QStringList{"--print", "--preset", "three-classes"}
                                                << "tensor([0.0026, 0.2309, 0.7666])\n";
        QTest::newRow("values and shape") << QStringList{"--print", "--shape", "2,4", "--values", "1 2 3 4,5,6,7,8",
                                                          "--dim", "0"}
                                          << "tensor([[0.0180, 0.0180, 0.0180, 0.0180],\n"
                                             "        [0.9820, 0.9820, 0.9820, 0.9820]])\n";
        QTest::newRow("log_softmax float64") << QStringList{"--print", "--shape", "2", "--values", "1 2", "--dim", "-1",
                                                             "--log", "--dtype", "float64"}
                                             << "tensor([-1.3133, -0.3133], dtype=torch.float64)\n";
        QTest::newRow("print input") << QStringList{"--print-input", "--shape", "1,3,2,2", "--fill", "arange"}
                                     << "tensor([[[[ 0.,  1.],\n          [ 2.,  3.]],\n\n         [[ 4.,  5.],\n"
                                        "          [ 6.,  7.]],\n\n         [[ 8.,  9.],\n          [10., 11.]]]])\n";
        QTest::newRow("special values") << QStringList{"--print", "--shape", "2,2", "--values", "nan 1 -inf 0", "--dim",
                                                        "1"}
                                        << "tensor([[nan, nan],\n        [0., 1.]])\n";
        QTest::newRow("temperature") << QStringList{"--print", "--shape", "2", "--values", "1 2", "--dim", "0",
                                                     "--temperature", "2"}
                                     << "tensor([0.3775, 0.6225])\n";
    }
    void printMatchesPyTorch()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run result = run(arguments);
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, expected);
    }

    void implicitDimWarnsOnStderr()
    {
        const Run result = run({"--print", "--shape", "4", "--values", "1 2 3 4"});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QString("tensor([0.0321, 0.0871, 0.2369, 0.6439])\n"));
        QCOMPARE(result.err, QString("softmax-explorer: warning: Implicit dimension choice for softmax has been "
                                     "deprecated. Change the call to include dim=X as an argument.\n"));
    }

    void json()
    {
        const Run result = run({"--json", "--shape", "3", "--values", "0.1 -inf nan", "--dim", "0"});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QString("{\"shape\":[3],\"dim\":0,\"op\":\"softmax\",\"temperature\":1,"
                                     "\"dtype\":\"float32\",\"input\":[0.100000001,\"-inf\",\"nan\"],"
                                     "\"output\":[\"nan\",\"nan\",\"nan\"]}\n"));
        const Run valid = run({"--json", "--preset", "numpy-2x3"});
        const QJsonObject object = QJsonDocument::fromJson(valid.out.toUtf8()).object();
        QCOMPARE(object["dtype"].toString(), QString("float64"));
        QCOMPARE(object["dim"].toInt(), 0);
        // float64 values keep 17 significant digits: the input round-trips exactly.
        QCOMPARE(object["input"].toArray()[0].toDouble(), -1.30022268);
        QVERIFY(std::abs(object["output"].toArray()[0].toDouble() - 0.1826746) < 1e-7);
    }

    void explain()
    {
        const Run result = run({"--explain", "0,1,0,1", "--preset", "bchw-arange"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("x[0,0,0,1] (x₂) = 1"));
        QVERIFY(result.out.contains("= 0.018316 / 1.0187 = 0.01798"));
    }

    void listPresets()
    {
        const Run result = run({"--list-presets"});
        QCOMPARE(result.exitCode, 0);
        for (const char *name : {"bchw-arange", "notebook-2x2x2", "attention-mask"})
            QVERIFY(result.out.contains(name));
    }

    void inputFile()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath("x.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("tensor([[ 0.4890,  0.0378],\n        [-1.4088,  0.3213]])\n");
        file.close();
        const Run result = run({"--print", "--input", path, "--dim", "1"});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QString("tensor([[0.6109, 0.3891],\n        [0.1506, 0.8494]])\n"));
    }

    void render_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << "main.png" << QByteArray("\x89PNG");
        QTest::newRow("svg") << "main.svg" << QByteArray("<?xml");
        QTest::newRow("pdf") << "main.pdf" << QByteArray("%PDF");
        QTest::newRow("compare png") << "compare.png" << QByteArray("\x89PNG");
        QTest::newRow("plot svg") << "plot.svg" << QByteArray("<?xml");
    }

    void render()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        // No display: the render must not need one.
        const QString view = file.section('.', 0, 0);
        const Run result = run({"--render", path, "--view", view, "--size", "1000x700", "--preset",
                                "segmentation", "--select", "0,1,2,3"});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        QFile image(path);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QVERIFY(image.size() > 10000);
        QCOMPARE(image.read(magic.size()), magic);
        if (file.endsWith(".png")) {
            // IHDR: width and height, big-endian, at bytes 16 and 20.
            image.seek(16);
            const QByteArray header = image.read(8);
            QCOMPARE(qFromBigEndian<quint32>(header.constData()), 1000u);
            QCOMPARE(qFromBigEndian<quint32>(header.constData() + 4), 700u);
        }
    }

    void renderWithImplicitDimWarns()
    {
        QTemporaryDir dir;
        const Run result = run({"--render", dir.filePath("v.png"), "--shape", "4", "--values", "1 2 3 4"});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.contains("warning: Implicit dimension choice for softmax has been deprecated."));
    }

    void badRenderOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown view") << QStringList{"--render", "RENDER/x.png", "--view", "plots"}
                                      << "unknown view 'plots' (available: main, compare, plot)";
        QTest::newRow("no image extension") << QStringList{"--render", "RENDER/x.txt"}
                                            << "--render needs a file ending in .png, .svg or .pdf, but got";
        QTest::newRow("size not WxH") << QStringList{"--render", "RENDER/x.png", "--size", "big"}
                                      << "--size expects WIDTHxHEIGHT between 320x240 and 7680x4320, but got 'big'";
        QTest::newRow("size too large") << QStringList{"--render", "RENDER/x.png", "--size", "100000x100000"}
                                        << "--size expects WIDTHxHEIGHT";
        QTest::newRow("size without render") << QStringList{"--print", "--size", "800x600"}
                                             << "--view and --size only apply to --render";
        QTest::newRow("unwritable") << QStringList{"--render", "/nonexistent-folder/x.png"}
                                    << "cannot write the image '/nonexistent-folder/x.png'";
        QTest::newRow("bad select") << QStringList{"--render", "RENDER/x.png", "--select", "0,9,0,0"}
                                    << "--select: index 9 is out of bounds for dim 1 with size 3";
    }

    void badRenderOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        arguments.replaceInStrings("RENDER", dir.path());
        const Run result = run(arguments + QStringList{"--preset", "bchw-arange"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith("softmax-explorer: error: " + message), qPrintable(result.err));
        QCOMPARE(result.err.count('\n'), 1);
        QCOMPARE(result.out, QString());
        QVERIFY(QDir(dir.path()).isEmpty());
    }


    void npyAndLessonFiles()
    {
        QTemporaryDir dir;
        // A file NumPy wrote: 2×3 float32 with nan and ±inf, softmax along dim 1.
        const Run fromNpy = run({"--print", "--input", GOLDEN_DIR "/npy/f4_c.npy", "--dim", "1"});
        QCOMPARE(fromNpy.exitCode, 0);
        QCOMPARE(fromNpy.out, QString("tensor([[nan, nan, nan],\n        [nan, nan, nan]])\n"));
        const Run converted = run({"--print-input", "--input", GOLDEN_DIR "/npy/int32.npy", "--dim", "1"});
        QCOMPARE(converted.exitCode, 0);
        QCOMPARE(converted.out, QString("tensor([[-3.,  0.,  7.]])\n"));
        QVERIFY(converted.err.contains("note: the .npy dtype '<i4' was converted to float32"));

        // --save-lesson then --input gives the same document back.
        const QString lesson = dir.filePath("lesson.json");
        const QStringList options = {"--shape", "2,3", "--values", "1 nan 3 -inf 0.5 1e30", "--dim", "0", "--log",
                                     "--temperature", "0.5", "--dtype", "float64", "--select", "1,2"};
        QCOMPARE(run(QStringList{"--save-lesson", lesson} + options).exitCode, 0);
        const Run direct = run(QStringList{"--json"} + options);
        const Run reopened = run({"--json", "--input", lesson});
        QCOMPARE(reopened.exitCode, 0);
        QCOMPARE(reopened.out, direct.out);
        QVERIFY(!reopened.err.contains("warning")); // the lesson names its dim

        // --export-npy writes the result; reading it back gives the --json output.
        const QString npy = dir.filePath("y.npy");
        QCOMPARE(run({"--export-npy", npy, "--preset", "bchw-arange"}).exitCode, 0);
        const Run back = run({"--print-input", "--input", npy, "--dim", "0"});
        QCOMPARE(back.out, run({"--print", "--preset", "bchw-arange"}).out);
    }

    void writtenNpyLoadsInNumPy()
    {
        if (QProcess::execute("/usr/bin/python3", {"-c", "import numpy"}) != 0)
            QSKIP("NumPy is not installed (apt-get install python3-numpy): the round trip through NumPy is not checked");
        QTemporaryDir dir;
        const QString npy = dir.filePath("y.npy");
        QCOMPARE(run({"--export-npy", npy, "--shape", "2,2", "--values", "1 2 nan -inf", "--dim", "1", "--dtype",
                      "float64"}).exitCode, 0);
        QProcess python;
        python.start("/usr/bin/python3", {"-c", "import numpy, sys; a = numpy.load(sys.argv[1]); "
                                                "print(a.dtype, a.shape, repr(a.tolist()))", npy});
        QVERIFY(python.waitForFinished(60000));
        // PyTorch 1.13: torch.softmax(torch.tensor([[1., 2.], [nan, -inf]], dtype=torch.float64), dim=1).tolist()
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(),
                 QString("float64 (2, 2) [[0.26894142136999516, 0.7310585786300049], [nan, nan]]"));
    }

    void codeSnippetsReproduceTheNumbers_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("tutorial dim 1") << QStringList{"--preset", "bchw-arange"};
        QTest::newRow("implicit, vector") << QStringList{"--shape", "4", "--values", "1 2 3 4"};
        QTest::newRow("log, T, specials") << QStringList{"--shape", "2,3", "--values", "1 nan 3 -inf 0.1 1e30", "--dim",
                                                         "0", "--log", "--temperature", "0.5"};
        QTest::newRow("float64 matrix") << QStringList{"--preset", "numpy-2x3", "--dim", "0"};
        QTest::newRow("random rank 3") << QStringList{"--shape", "2,3,4", "--fill", "randn", "--seed", "5", "--dim",
                                                      "1", "--temperature", "3"};
    }

    void codeSnippetsReproduceTheNumbers()
    {
        QFETCH(QStringList, options);
        if (QProcess::execute("/usr/bin/python3", {"-c", "import torch, numpy"}) != 0)
            QSKIP("PyTorch and NumPy are not installed (apt-get install python3-torch): snippets are not run");
        const auto runPython = [](const QString &code) {
            QProcess python;
            python.start("/usr/bin/python3", {"-c", code});
            python.waitForFinished(120000);
            return QString::fromUtf8(python.readAllStandardOutput());
        };
        const Run torch = run(QStringList{"--code", "pytorch"} + options);
        QCOMPARE(torch.exitCode, 0);
        QCOMPARE(runPython(torch.out), run(QStringList{"--print"} + options).out);

        // NumPy's helper uses theta = 1/T and its own exp: equal within float rounding.
        const Run numpy = run(QStringList{"--code", "numpy"} + options);
        const QString values = runPython(QString(numpy.out).replace("print(y)", "print(' '.join(repr(float(v)) for v in y.reshape(-1)))"));
        const QJsonArray expected =
            QJsonDocument::fromJson(run(QStringList{"--json"} + options).out.toUtf8()).object().value("output").toArray();
        const QStringList got = values.trimmed().split(' ');
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < got.size(); ++i) {
            const QJsonValue want = expected[i];
            if (want.isString()) {
                QCOMPARE(got[i], want.toString());
                continue;
            }
            QVERIFY2(std::abs(got[i].toDouble() - want.toDouble()) <= 1e-5 * std::max(1.0, std::abs(want.toDouble())),
                     qPrintable(got[i] + " vs " + QString::number(want.toDouble())));
        }
    }


    void float64KeepsEveryDecimal_data()
    {
        // torch.tensor(…, dtype=torch.float64) reads the decimals directly; rounding to
        // float32 first would give 0.10000000149011612 and 2.7000000476837158.
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("input");
        QTest::newRow("values") << QStringList{"--shape", "1", "--values", "0.1"} << "[0.10000000000000001]";
        QTest::newRow("preset") << QStringList{"--preset", "three-classes"} << "[-3,1.5,2.7000000000000002]";
        QTest::newRow("fill") << QStringList{"--shape", "2", "--fill", "arange"} << "[0,1]";
    }

    void float64KeepsEveryDecimal()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, input);
        QTemporaryDir dir;
        const QString text = dir.filePath("x.txt");
        const Run result = run(QStringList{"--json", "--dtype", "float64", "--dim", "0"} + arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("\"input\":" + input), qPrintable(result.out));
        // The same through a text file.
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[0.1, 2.7]");
        file.close();
        QVERIFY(run({"--json", "--dtype", "float64", "--dim", "0", "--input", text})
                    .out.contains("\"input\":[0.10000000000000001,2.7000000000000002]"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList tensor{"--shape", "2,2", "--values", "1 2 3 4"};
        QTest::newRow("dim out of range, PyTorch's words")
            << (QStringList{"--print", "--dim", "2"} + tensor)
            << "Dimension out of range (expected to be in range of [-2, 1], but got 2)";
        QTest::newRow("huge dim") << (QStringList{"--print", "--dim", "99999999999"} + tensor)
                                  << "Dimension out of range (expected to be in range of [-2, 1], but got 99999999999)";
        QTest::newRow("dim not an integer") << (QStringList{"--print", "--dim", "1.5"} + tensor)
                                            << "--dim expects an integer, but got '1.5'";
        QTest::newRow("unparsable value") << QStringList{"--print", "--shape", "2", "--values", "1 abc"}
                                          << "value 2 ('abc', at character 3) is not a number";
        QTest::newRow("wrong count") << QStringList{"--print", "--shape", "2,2", "--values", "1 2 3"}
                                     << "shape (2, 2) needs 4 values, but 3 were given";
        QTest::newRow("empty values") << QStringList{"--print", "--shape", "2", "--values", ""} << "no values given";
        QTest::newRow("rank 5") << QStringList{"--print", "--shape", "1,1,1,1,1", "--fill", "ones"}
                                << "rank must be 1 to 4, but the shape has 5 dims";
        QTest::newRow("zero extent") << QStringList{"--print", "--shape", "2,0", "--fill", "ones"}
                                     << "extent of dim 1 must be 1 to 64, but got 0";
        QTest::newRow("negative extent") << QStringList{"--print", "--shape", "-2", "--fill", "ones"}
                                         << "extent of dim 0 must be 1 to 64, but got -2";
        QTest::newRow("too many elements") << QStringList{"--print", "--shape", "64,64,2", "--fill", "ones"}
                                           << "a tensor may hold at most 4096 elements, but this shape has more";
        QTest::newRow("overflowing extent") << QStringList{"--print", "--shape", "99999999999999999999", "--fill", "ones"}
                                            << "--shape expects an integer, but got '99999999999999999999'";
        QTest::newRow("zero temperature") << (QStringList{"--print", "--dim", "0", "--temperature", "0"} + tensor)
                                          << "temperature must be a finite number > 0, but got 0";
        QTest::newRow("nan temperature") << (QStringList{"--print", "--dim", "0", "--temperature", "nan"} + tensor)
                                         << "temperature must be a finite number > 0, but got nan";
        QTest::newRow("inf temperature") << (QStringList{"--print", "--dim", "0", "--temperature", "inf"} + tensor)
                                         << "temperature must be a finite number > 0, but got inf";
        QTest::newRow("unknown option") << QStringList{"--print", "--frobnicate"} << "Unknown option 'frobnicate'.";
        QTest::newRow("missing value") << QStringList{"--print", "--dim"} << "Missing value after '--dim'.";
        QTest::newRow("no mode") << QStringList{"--preset", "segmentation"}
                                 << "no mode given: use --print, --print-input, --json, --explain, --code, --render, "
                                    "--export-npy or --save-lesson (--help lists them)";
        QTest::newRow("options only") << QStringList{"--dim", "1", "--log"}
                                      << "no mode given: use --print, --print-input, --json, --explain, --code, "
                                         "--render, --export-npy or --save-lesson (--help lists them)";
        QTest::newRow("no tensor") << QStringList{"--print"}
                                   << "no tensor given: use --shape with --values or --fill, or --input, or --preset";
        QTest::newRow("two tensors") << (QStringList{"--print", "--preset", "rand-2x2"} + tensor)
                                     << "give only one of --values, --fill, --input and --preset";
        QTest::newRow("unknown preset") << QStringList{"--print", "--preset", "nope"}
                                        << "unknown preset 'nope' (known: bchw-arange, bchw-batch2, vector-1234, "
                                           "matrix-2x4, three-classes, rand-2x2, numpy-2x3, notebook-2x2x2, "
                                           "classification, segmentation, detection, attention-mask)";
        QTest::newRow("unknown dtype") << (QStringList{"--print", "--dtype", "int8"} + tensor)
                                       << "unknown dtype 'int8' (expected float32 or float64)";
        QTest::newRow("unknown fill") << QStringList{"--print", "--shape", "2", "--fill", "random"}
                                      << "unknown fill 'random' (expected arange, zeros, ones or randn)";
        QTest::newRow("explain out of bounds") << (QStringList{"--explain", "0,2", "--dim", "0"} + tensor)
                                               << "--explain: index 2 is out of bounds for dim 1 with size 2";
        QTest::newRow("explain wrong arity") << (QStringList{"--explain", "0", "--dim", "0"} + tensor)
                                             << "--explain needs 2 indices for shape (2, 2), but got 1";
        QTest::newRow("select not a number") << (QStringList{"--print", "--select", "a,b", "--dim", "0"} + tensor)
                                             << "--select expects an integer, but got 'a'";
        QTest::newRow("missing input file") << QStringList{"--print", "--input", "/nonexistent/x.txt"}
                                            << "cannot read '/nonexistent/x.txt': No such file or directory";
        QTest::newRow("stray argument") << (QStringList{"--print", "extra"} + tensor) << "unexpected argument 'extra'";
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, "softmax-explorer: error: " + message + "\n");
    }

    void badInputFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("ragged") << QByteArray("[[1, 2], [3]]")
                                << "line 1, column 10: ragged lists: this one has shape (1,) but the first one beside "
                                   "it has (2,), found '[3]]'";
        QTest::newRow("deep nesting") << QByteArray(100000, '[')
                                      << "line 1, column 5: lists nested deeper than 4 levels (rank is at most 4), "
                                         "found '[[[[[[[[[[[['";
        QTest::newRow("empty file") << QByteArray()
                                    << "line 1, column 1: expected '[' to start a nested list, found end of text";
        QTest::newRow("npy magic only") << QByteArray("\x93NUMPY\x01\x00", 8) << "the .npy file ends inside its header";
        QTest::newRow("binary") << QByteArray("\x01\x02\xff\xfe", 4)
                                << "line 1, column 1: expected '[' to start a nested list, found '\\x01\\x02\\xff\\xfe'";
    }
    void badInputFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir directory;
        const QString path = directory.filePath("bad.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const Run result = run({"--print", "--input", path});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err, "softmax-explorer: error: " + path + ": " + message + "\n");
    }

    void oversizedFileRefused()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath("big.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5 << 20, ' '));
        file.close();
        const Run result = run({"--print", "--input", path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("larger than 4 MiB"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
