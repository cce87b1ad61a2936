// .npy, lesson and JSON reading and writing, and generated code. Expected values
// of the .npy files come from the NumPy that wrote them (golden/npy/expected.json).
#include "codegen.h"
#include "error.h"
#include "json.h"
#include "lesson.h"
#include "npy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <cstring>

namespace {

std::string readFile(const QString &name)
{
    QFile file(QStringLiteral(GOLDEN_DIR "/npy/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return file.readAll().toStdString();
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

template <typename F> QString refusal(F &&read)
{
    try {
        read();
    } catch (const core::InputError &error) {
        return QString::fromStdString(error.what());
    }
    return QStringLiteral("(accepted)");
}

} // namespace

class TestFiles : public QObject {
    Q_OBJECT

private slots:
    void readsWhatNumPyWrote_data()
    {
        QTest::addColumn<QString>("name");
        QFile file(QStringLiteral(GOLDEN_DIR "/npy/expected.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(expected.size() >= 12);
        for (const QString &name : expected.keys())
            QTest::newRow(qPrintable(name)) << name;
    }

    void readsWhatNumPyWrote()
    {
        QFETCH(QString, name);
        QFile file(QStringLiteral(GOLDEN_DIR "/npy/expected.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object().value(name).toObject();
        const core::NpyArray array = core::readNpy(readFile(name));
        std::vector<int> shape;
        for (const QJsonValue &extent : expected.value("shape").toArray())
            shape.push_back(extent.toInt());
        QCOMPARE(array.tensor.shape.extents(), shape);
        QCOMPARE(QString::fromStdString(core::dtypeName(array.tensor.dtype)), expected.value("dtype").toString());
        const QJsonArray values = expected.value("values").toArray();
        QCOMPARE(array.tensor.values.size(), std::size_t(values.size()));
        for (int i = 0; i < values.size(); ++i) {
            const QString text = values[i].toString();
            const double want = text == "nan" ? NAN : text == "inf" ? INFINITY : text == "-inf" ? -INFINITY : text.toDouble();
            QVERIFY2(sameBits(array.tensor.values[std::size_t(i)], want),
                     qPrintable(QString("%1: %2 != %3").arg(i).arg(array.tensor.values[std::size_t(i)]).arg(text)));
        }
        const bool converted = name.startsWith("int") || name.startsWith("uint") || name.startsWith("bool")
            || name.startsWith("float16");
        QCOMPARE(!array.conversionNotice.english().empty(), converted);
    }

    void refusesHostileFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("pickle") << "object_pickle.npy" << "holds Python objects (a pickle)";
        QTest::newRow("structured") << "structured.npy" << "the .npy file holds a structured dtype (named fields); only plain numbers can be read";
        QTest::newRow("complex") << "complex.npy" << "holds complex numbers";
        QTest::newRow("unicode") << "unicode.npy" << "is not numeric";
        QTest::newRow("scalar") << "scalar.npy" << "is a scalar (shape ())";
        QTest::newRow("rank 5") << "rank5.npy" << "rank";
        QTest::newRow("extent 65") << "extent65.npy" << "65";
        QTest::newRow("too many elements") << "too_many_elements.npy" << "4096";
        QTest::newRow("truncated") << "truncated.npy" << "the .npy data is truncated: shape (6,) needs 24 bytes, but the file has 21";
        QTest::newRow("trailing") << "trailing.npy" << "the .npy file has 4 bytes after the data for shape (6,)";
        QTest::newRow("bad version") << "bad_version.npy" << "unsupported .npy format version 9.0";
        QTest::newRow("code in the header") << "header_code.npy" << "not a plain dict literal";
        QTest::newRow("huge header") << "header_huge.npy" << "the .npy header is 1048576 bytes, more than the 65536";
    }

    void refusesHostileFiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const std::string bytes = readFile(name);
        const QString error = refusal([&] { core::readNpy(bytes); });
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void writtenFilesReadBack_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::newRow("float32") << int(core::DType::Float32);
        QTest::newRow("float64") << int(core::DType::Float64);
    }

    void writtenFilesReadBack()
    {
        QFETCH(int, dtype);
        const core::Tensor x = core::Tensor::fromValues(core::Shape::checked({2, 1, 3}),
                                                        {0.1, -0.0, NAN, INFINITY, -INFINITY, 1e-45}, core::DType(dtype));
        const std::string bytes = core::writeNpy(x);
        QCOMPARE(bytes.substr(0, 8), std::string("\x93NUMPY\x01\x00", 8));
        QCOMPARE((bytes.find('\n') + 1) % 64, std::size_t(0)); // data aligned as NumPy aligns it
        const core::NpyArray back = core::readNpy(bytes);
        QCOMPARE(back.tensor.shape, x.shape);
        QCOMPARE(back.tensor.dtype, x.dtype);
        for (std::size_t i = 0; i < x.values.size(); ++i)
            QVERIFY(sameBits(back.tensor.values[i], x.values[i]));
        QVERIFY(back.conversionNotice.english().empty());
    }

    void lessonRoundTrip()
    {
        core::Lesson lesson;
        lesson.tensor = core::Tensor::fromValues(core::Shape::checked({2, 3}), {1, NAN, -INFINITY, 0.1, 2, 3},
                                                 core::DType::Float64);
        lesson.tensor.dimNames = {"N", "class"};
        lesson.dimMode = core::Lesson::DimMode::Explicit;
        lesson.dim = 1;
        lesson.op = core::Op::LogSoftmax;
        lesson.temperature = 0.25;
        lesson.selected = 4;
        lesson.notes = "Zeile \"1\"\n— 温度 T";
        const std::string json = core::writeLesson(lesson);
        const core::Lesson back = core::readLesson(json);
        QCOMPARE(back.tensor.shape, lesson.tensor.shape);
        QCOMPARE(back.tensor.dtype, core::DType::Float64);
        for (std::size_t i = 0; i < 6; ++i)
            QVERIFY(sameBits(back.tensor.values[i], lesson.tensor.values[i]));
        QCOMPARE(back.tensor.dimNames, lesson.tensor.dimNames);
        QCOMPARE(back.dim, 1);
        QCOMPARE(back.op, core::Op::LogSoftmax);
        QCOMPARE(back.temperature, 0.25);
        QCOMPARE(back.selected, 4);
        QCOMPARE(back.notes, lesson.notes);
        QVERIFY(json.find("\"values\": [1, \"nan\", \"-inf\", 0.10000000000000001, 2, 3]") != std::string::npos);

        lesson.dimMode = core::Lesson::DimMode::WholeTensor;
        QCOMPARE(core::readLesson(core::writeLesson(lesson)).dimMode, core::Lesson::DimMode::WholeTensor);
        lesson.dimMode = core::Lesson::DimMode::Implicit;
        QCOMPARE(core::readLesson(core::writeLesson(lesson)).dimMode, core::Lesson::DimMode::Implicit);
    }

    void lessonNumbersOutOfRange()
    {
        // Python's json.loads('[1e400, -1e400, 1e-400, -1e-400, 4.9e-324]') gives
        // [inf, -inf, 0.0, -0.0, 5e-324]; a lesson reads them the same way.
        const QByteArray head = R"({"format": "softmax-explorer-lesson", "version": 1, )";
        const core::Lesson lesson = core::readLesson(
            (head + R"("dtype": "float64", "shape": [5], "values": [1e400, -1e400, 1e-400, -1e-400, 4.9e-324]})").toStdString());
        QVERIFY(sameBits(lesson.tensor.values[0], INFINITY));
        QVERIFY(sameBits(lesson.tensor.values[1], -INFINITY));
        QVERIFY(sameBits(lesson.tensor.values[2], 0.0));
        QVERIFY(sameBits(lesson.tensor.values[3], -0.0));
        QVERIFY(sameBits(lesson.tensor.values[4], 4.9406564584124654e-324));
        const QString error = refusal(
            [&] { core::readLesson((head + R"("shape": [1], "values": [1], "temperature": 1e400})").toStdString()); });
        QVERIFY2(error.contains("temperature must be a finite number > 0, but got inf"), qPrintable(error));
    }

    void refusesBadLessons_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format": "softmax-explorer-lesson", "version": 1, )";
        QTest::newRow("not json") << QByteArray("{\"format\": ") << "line 1, column 12: expected a value, found the end of the text";
        QTest::newRow("array") << QByteArray("[1, 2]") << "a lesson file is a JSON object";
        QTest::newRow("other format") << QByteArray(R"({"format": "x", "version": 1})") << "lesson field \"format\"";
        QTest::newRow("newer version") << head.left(head.size() - 4) + R"(2, "shape": [1], "values": [1]})"
                                       << "version 2 is not supported";
        QTest::newRow("no shape") << head + R"("values": [1]})" << "lesson field \"shape\": missing";
        QTest::newRow("rank 5") << head + R"("shape": [1,1,1,1,1], "values": [1]})" << "rank";
        QTest::newRow("count") << head + R"("shape": [3], "values": [1, 2]})"
                               << "shape (3,) needs 3 values, but 2 were given";
        QTest::newRow("bad value") << head + R"("shape": [1], "values": ["one"]})"
                                   << "lesson field \"values\": expected a number or \"nan\"";
        QTest::newRow("dim out of range") << head + R"("shape": [2], "values": [1, 2], "dim": 3})"
                                          << "Dimension out of range (expected to be in range of [-1, 0], but got 3)";
        QTest::newRow("fractional dim") << head + R"("shape": [2], "values": [1, 2], "dim": 0.5})"
                                        << "lesson field \"dim\": expected an integer";
        QTest::newRow("zero T") << head + R"("shape": [2], "values": [1, 2], "temperature": 0})"
                                << "temperature must be a finite number > 0";
        QTest::newRow("bad op") << head + R"("shape": [2], "values": [1, 2], "op": "relu"})" << "lesson field \"op\"";
        QTest::newRow("selection") << head + R"("shape": [2], "values": [1, 2], "selection": [2]})"
                                   << "index 2 is out of bounds for dim 0 with size 2";
        QTest::newRow("names") << head + R"("shape": [2], "values": [1, 2], "dimNames": ["A", "B"]})"
                               << "lesson field \"dimNames\": expected 1 names";
        QTest::newRow("deep") << QByteArray(100, '[') << "nested more than 32 levels deep";
        QTest::newRow("invalid utf-8") << head + "\"notes\": \"\xff\"}" << "not valid UTF-8";
        QTest::newRow("trailing") << head + R"("shape": [1], "values": [1]} x)" << "expected the end of the document";
    }

    void refusesBadLessons()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString error = refusal([&] { core::readLesson(json.toStdString()); });
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void pytorchCodeBuildsTheExactTensor()
    {
        const core::Tensor x = core::Tensor::fromValues(core::Shape::checked({2, 2}), {0.1, NAN, -INFINITY, 3});
        const std::string code = core::pythonCode(core::Framework::PyTorch, x,
                                                  {core::Reduction::alongDim(0), core::Op::Softmax, 0.5}, false);
        // 0.1 as a float32 is 0.100000001…; its shortest round-trip text is "0.1".
        QVERIFY(code.find("x = torch.tensor([[0.1, float('nan')],\n                  [-float('inf'), 3.0]])") != std::string::npos);
        QVERIFY(code.find("y = F.softmax(x / 0.5, dim=0)") != std::string::npos);
        QVERIFY(code.find("y_module = nn.Softmax(dim=0)(x / 0.5)") != std::string::npos);
        QVERIFY(code.find("print(y)") != std::string::npos);
        const std::string numpy = core::pythonCode(core::Framework::NumPy, x,
                                                   {core::Reduction::alongDim(0), core::Op::Softmax, 0.5}, false);
        QVERIFY(numpy.find("y = softmax(x, theta=1 / 0.5, axis=-2)  # dim=0") != std::string::npos);
        const std::string tf = core::pythonCode(core::Framework::TensorFlow, x,
                                                {core::Reduction::whole(), core::Op::LogSoftmax, 1.0}, false);
        QVERIFY(tf.find("tf.nn.log_softmax(tf.reshape(x, [-1]), axis=-1)") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestFiles)
#include "tst_files.moc"
