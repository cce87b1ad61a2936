// Every case in golden/cases.json was computed and printed by real PyTorch 1.13
// (golden/generate_golden.py). The suite only reads the committed file.
#include "dims.h"
#include "pytorchprinter.h"
#include "softmax.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

namespace {

double decode(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text == QLatin1String("nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (text == QLatin1String("inf"))
        return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-inf"))
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double number = text.toDouble(&ok);
    Q_ASSERT(ok);
    return number;
}

std::vector<double> decodeAll(const QJsonArray &array)
{
    std::vector<double> values;
    for (const QJsonValue &value : array)
        values.push_back(decode(value));
    return values;
}

struct GoldenCase {
    core::Tensor input;
    std::vector<double> expectedOutput;
    core::SoftmaxSpec spec;
    bool implicitDim = false;
    QString printInput;
    QString printOutput;
};

GoldenCase readCase(const QJsonObject &object)
{
    std::vector<std::int64_t> extents;
    for (const QJsonValue &extent : object["shape"].toArray())
        extents.push_back(extent.toInt());
    GoldenCase golden;
    const auto dtype = object["dtype"].toString() == QLatin1String("float64") ? core::DType::Float64
                                                                                : core::DType::Float32;
    golden.input = core::Tensor::fromValues(core::Shape::checked(extents), decodeAll(object["input"].toArray()), dtype);
    golden.expectedOutput = decodeAll(object["output"].toArray());
    const int rank = golden.input.rank();
    golden.implicitDim = object["dim"].isNull();
    const int dim = golden.implicitDim ? core::pytorchImplicitDim(rank) : core::wrapDim(object["dim"].toInt(), rank);
    golden.spec = {core::Reduction::alongDim(dim),
                   object["op"].toString() == QLatin1String("log_softmax") ? core::Op::LogSoftmax : core::Op::Softmax,
                   object["temperature"].toDouble()};
    golden.printInput = object["print_input"].toString();
    golden.printOutput = object["print_output"].toString();
    return golden;
}

QJsonArray loadCases()
{
    QFile file(QStringLiteral(GOLDEN_DIR "/cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object()["cases"].toArray();
}

void addRows()
{
    QTest::addColumn<QJsonObject>("object");
    const QJsonArray cases = loadCases();
    QVERIFY(cases.size() >= 500);
    for (int i = 0; i < cases.size(); ++i) {
        const QJsonObject object = cases[i].toObject();
        const QString name = QStringLiteral("%1: %2 dim=%3 %4 T=%5 %6")
                                 .arg(i)
                                 .arg(object["name"].toString(), object["op"].toString(),
                                      object["dim"].isNull() ? QStringLiteral("implicit")
                                                             : QString::number(object["dim"].toInt()),
                                      QString::number(object["temperature"].toDouble()), object["dtype"].toString());
        QTest::newRow(qPrintable(name)) << object;
    }
}

} // namespace

class TestGolden : public QObject {
    Q_OBJECT

private slots:
    void printsInputByteForByte_data() { addRows(); }
    void printsInputByteForByte()
    {
        QFETCH(QJsonObject, object);
        const GoldenCase golden = readCase(object);
        QCOMPARE(QString::fromStdString(core::pytorchPrint(golden.input)), golden.printInput);
    }

    // The printer alone, fed PyTorch's own output values.
    void printsPyTorchOutputByteForByte_data() { addRows(); }
    void printsPyTorchOutputByteForByte()
    {
        QFETCH(QJsonObject, object);
        const GoldenCase golden = readCase(object);
        const core::Tensor torchOutput
            = core::Tensor::fromValues(golden.input.shape, golden.expectedOutput, golden.input.dtype);
        QCOMPARE(QString::fromStdString(core::pytorchPrint(torchOutput)), golden.printOutput);
    }

    void computesValuesWithinRounding_data() { addRows(); }
    void computesValuesWithinRounding()
    {
        QFETCH(QJsonObject, object);
        const GoldenCase golden = readCase(object);
        const core::Tensor output = core::applySoftmax(golden.input, golden.spec);
        const bool float64 = golden.input.dtype == core::DType::Float64;
        const double relative = float64 ? 1e-14 : 4e-7;
        for (std::size_t i = 0; i < output.values.size(); ++i) {
            const double ours = output.values[i];
            const double theirs = golden.expectedOutput[i];
            if (!std::isfinite(theirs) || !std::isfinite(ours)) {
                const bool same = (std::isnan(ours) && std::isnan(theirs)) || ours == theirs;
                QVERIFY2(same, qPrintable(QStringLiteral("element %1: %2 vs PyTorch %3").arg(i).arg(ours).arg(theirs)));
                continue;
            }
            // log_softmax outputs near 0 come from a difference of larger terms.
            const double scale = std::max({std::abs(theirs), 1e-30,
                                           golden.spec.op == core::Op::LogSoftmax ? 1.0 : 0.0});
            QVERIFY2(std::abs(ours - theirs) <= relative * scale + (float64 ? 0 : 1e-45),
                     qPrintable(QStringLiteral("element %1: %2 vs PyTorch %3")
                                    .arg(i)
                                    .arg(ours, 0, 'g', 17)
                                    .arg(theirs, 0, 'g', 17)));
        }
    }

    // The teaching path follows PyTorch's kernels step for step (on one thread):
    // the same e^x and log, additions in the same order, the same divides.
    void computesPyTorchsBits_data() { addRows(); }
    void computesPyTorchsBits()
    {
        QFETCH(QJsonObject, object);
        const GoldenCase golden = readCase(object);
        const core::Tensor output = core::applySoftmax(golden.input, golden.spec);
        for (std::size_t i = 0; i < output.values.size(); ++i) {
            const double ours = output.values[i];
            const double theirs = golden.expectedOutput[i];
            QVERIFY2((std::isnan(ours) && std::isnan(theirs)) || std::memcmp(&ours, &theirs, sizeof ours) == 0,
                     qPrintable(QStringLiteral("element %1: %2 vs PyTorch %3")
                                    .arg(i)
                                    .arg(ours, 0, 'g', 17)
                                    .arg(theirs, 0, 'g', 17)));
        }
    }

    void printsOutputByteForByte_data() { addRows(); }
    void printsOutputByteForByte()
    {
        QFETCH(QJsonObject, object);
        const GoldenCase golden = readCase(object);
        QCOMPARE(QString::fromStdString(core::pytorchPrint(core::applySoftmax(golden.input, golden.spec))),
                 golden.printOutput);
    }

    void implicitDimWarnsExactlyWhenDimIsOmitted_data() { addRows(); }
    void implicitDimWarnsExactlyWhenDimIsOmitted()
    {
        QFETCH(QJsonObject, object);
        QCOMPARE(object["implicit_warning"].toBool(), object["dim"].isNull());
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
