// core::sleefExp and core::sleefLog against values PyTorch 1.13 itself computed
// (tests/golden/generate_fast_exp.py): every bit, for float and double.
#include "sleefmath.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace {

/// The two halves of golden/exp/`name`: x, then what PyTorch computed from it.
template <typename T>
std::pair<std::vector<T>, std::vector<T>> readPairs(const QString &name)
{
    QFile file(QStringLiteral(GOLDEN_DIR "/exp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const std::size_t count = std::size_t(bytes.size()) / (2 * sizeof(T));
    std::vector<T> x(count), y(count);
    std::memcpy(x.data(), bytes.constData(), count * sizeof(T));
    std::memcpy(y.data(), bytes.constData() + count * sizeof(T), count * sizeof(T));
    return {x, y};
}

template <typename T>
bool sameBits(T a, T b)
{
    return (std::isnan(a) && std::isnan(b)) || std::memcmp(&a, &b, sizeof a) == 0;
}

template <typename T, typename Function>
void checkEveryValue(const std::vector<T> &x, const std::vector<T> &want, Function function, const char *name)
{
    QVERIFY(!x.empty());
    for (std::size_t i = 0; i < x.size(); ++i)
        QVERIFY2(sameBits(function(x[i]), want[i]),
                 qPrintable(QStringLiteral("%1(%2) = %3, PyTorch %4")
                                .arg(QLatin1String(name))
                                .arg(double(x[i]), 0, 'g', 17)
                                .arg(double(function(x[i])), 0, 'g', 17)
                                .arg(double(want[i]), 0, 'g', 17)));
}

/// The exp files hold softmax rows [0, x1 … x15] whose outputs are e^x unrounded.
template <typename T>
void checkExponentials(const QString &name)
{
    auto [x, y] = readPairs<T>(name);
    QCOMPARE(x.size(), std::size_t(200 * 16));
    std::vector<T> exponents, want;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (i % 16 != 0) { // the rows' leading 0 is the max
            exponents.push_back(x[i]);
            want.push_back(y[i]);
        }
    checkEveryValue(exponents, want, [](T v) { return core::sleefExp(v); }, "exp");
}

} // namespace

class TestSleefMath : public QObject {
    Q_OBJECT

private slots:
    void exponentialsArePyTorchs()
    {
        checkExponentials<float>(QStringLiteral("sleef_expf.f32"));
        checkExponentials<double>(QStringLiteral("sleef_exp.f64"));
    }

    void logarithmsArePyTorchs()
    {
        const auto [xf, yf] = readPairs<float>(QStringLiteral("sleef_logf.f32"));
        checkEveryValue(xf, yf, [](float v) { return core::sleefLog(v); }, "logf");
        const auto [xd, yd] = readPairs<double>(QStringLiteral("sleef_log.f64"));
        checkEveryValue(xd, yd, [](double v) { return core::sleefLog(v); }, "log");
    }

    // What softmax's e^x meets besides ordinary x − max ≤ 0.
    void specialValues()
    {
        QCOMPARE(core::sleefExp(0.0f), 1.0f);
        QCOMPARE(core::sleefExp(-std::numeric_limits<float>::infinity()), 0.0f);
        QCOMPARE(core::sleefExp(-std::numeric_limits<double>::infinity()), 0.0);
        QVERIFY(std::isnan(core::sleefExp(std::nanf(""))));
        QVERIFY(std::isnan(core::sleefExp(std::nan(""))));
        QCOMPARE(core::sleefLog(1.0f), 0.0f);
        QCOMPARE(core::sleefLog(1.0), 0.0);
    }
};

QTEST_MAIN(TestSleefMath)
#include "tst_sleefmath.moc"
