// formatValue against Qt's own "%.5g" (QString::number(value, 'g', 5)), which it
// used to call for every value: the same text for every kind of double, ties
// (which std::to_chars and Qt round differently) included.
#include "numbertext.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

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
            double value = 0;
            switch (i % 6) {
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
};

QTEST_APPLESS_MAIN(TestNumberText)
#include "tst_numbertext.moc"
