// formatValue against Qt's own "%.5g" (QString::number(value, 'g', 5)), which it
// used to call for every value: the same text for every kind of double, ties
// (which std::to_chars and Qt round differently) included. And textsOfEveryShape,
// which classifies values without formatting them, against formatting them all.
#include "numbertext.h"

#include <QSet>
#include <QTest>

#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

namespace {

/// A double of one of six kinds (0-5): any double, any float, a short decimal, a
/// six-digit tie, a binary fraction, a tie that carries.
double randomValue(std::mt19937_64 &random, int kind)
{
    double value = 0;
    switch (kind) {
    case 0: { // any double
        const std::uint64_t bits = random();
        std::memcpy(&value, &bits, sizeof value);
        break;
    }
    case 1: { // any float, as float32 tensors hold
        const auto bits = std::uint32_t(random());
        float single = 0;
        std::memcpy(&single, &bits, sizeof single);
        value = single;
        break;
    }
    case 2: // short decimals
        value = double(std::int64_t(random() % 20000001) - 10000000) / std::pow(10.0, double(random() % 14));
        break;
    case 3: // six-digit ties, d₁…d₅5 × 10^e
        value = (double(std::int64_t(random() % 200000) - 100000) * 10 + 5) * std::pow(10.0, double(int(random() % 30) - 20));
        break;
    case 4: // binary fractions
        value = std::ldexp(double(std::int64_t(random() % 2000001) - 1000000), int(random() % 80) - 60);
        break;
    default: // ties that carry: 99999.5, 9.99995 …
        value = (random() % 2 ? -1.0 : 1.0) * 999995.0 * std::pow(10.0, double(int(random() % 24) - 14));
        break;
    }
    return value;
}

/// A text with every digit as 0: texts of one shape have one width when digits do.
QString shapeOf(QString text)
{
    for (QChar &c : text)
        if (c.isDigit())
            c = QLatin1Char('0');
    return text;
}

} // namespace

class TestNumberText : public QObject {
    Q_OBJECT

private slots:
    void sameTextAsQtForEveryKindOfValue()
    {
        std::mt19937_64 random(2026);
        int compared = 0;
        QString firstDifference;
        const auto check = [&](double value) {
            if (!std::isfinite(value) || !firstDifference.isEmpty())
                return;
            ++compared;
            const QString expected = value == 0 ? QStringLiteral("0") : QString::number(value, 'g', 5);
            if (ui::formatValue(value) != expected)
                firstDifference = QStringLiteral("%1: got %2, Qt prints %3")
                                      .arg(QString::number(value, 'g', 17), ui::formatValue(value), expected);
        };
        for (int i = 0; i < 600000; ++i) {
            const double value = randomValue(random, i % 6);
            check(value);
        }
        for (double value : {-0.0, 1e-5, 99999.5, 12345.5, 12344.5, 2.5, 0.125, 1.00005e16, 21610500000000000.0,
                             std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::max(),
                             double(std::numeric_limits<float>::denorm_min())})
            check(value);
        QVERIFY2(firstDifference.isEmpty(), qPrintable(firstDifference));
        QVERIFY(compared > 590000);
        QCOMPARE(ui::formatValue(-0.0), QStringLiteral("0"));
        QCOMPARE(ui::formatValue(std::nan("")), QStringLiteral("nan"));
        QCOMPARE(ui::formatValue(-INFINITY), QStringLiteral("-inf"));
    }

    void oneTextOfEachShapeOfTheValues()
    {
        // Each shape the values' texts have, once, from texts of the values; checked
        // against formatting every value, for tensors of each kind and a mixed one.
        std::mt19937_64 random(11);
        std::normal_distribution<double> normal;
        for (int kind = 0; kind < 9; ++kind) {
            std::vector<double> values(4096);
            for (std::size_t i = 0; i < values.size(); ++i) {
                if (kind < 6)
                    values[i] = randomValue(random, kind);
                else if (kind == 6) // softmax-like: randn and its exponentials, as float32
                    values[i] = double(float(i % 2 ? normal(random) : std::exp(10 * normal(random))));
                else if (kind == 7)
                    values[i] = randomValue(random, int(i % 6));
                else // nothing but zeros and non-finite values in runs
                    values[i] = std::array<double, 6>{0.0, -0.0, NAN, INFINITY, -INFINITY, 1.0}[(i / 7) % 6];
            }
            QSet<QString> expected, allTexts, texts;
            for (double value : values) {
                allTexts << ui::formatValue(value);
                expected << shapeOf(ui::formatValue(value));
            }
            const QStringList found = ui::textsOfEveryShape(values);
            QSet<QString> foundShapes;
            for (const QString &text : found) {
                QVERIFY2(texts.contains(text) == false, qPrintable(text));
                texts << text;
                foundShapes << shapeOf(text);
            }
            QCOMPARE(foundShapes, expected);
            QCOMPARE(found.size(), expected.size()); // one text each
            for (const QString &text : found) // and each a value's own text
                QVERIFY2(allTexts.contains(text), qPrintable(text));
        }
    }
};

QTEST_APPLESS_MAIN(TestNumberText)
#include "tst_numbertext.moc"
