// The cells' laid-out numbers: drawn from the cache they must be the very pixels
// QPainter::drawText(rect, Qt::AlignCenter, text) gives, in every font and after
// the cache has emptied itself.
#include "statictextcache.h"

#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QTest>

using ui::StaticTextCache;

namespace {

const QRect cell(0, 0, 96, 34);

QImage blank()
{
    QImage image(cell.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

QImage drawnByQt(const QFont &font, const QString &text)
{
    QImage image = blank();
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(cell, Qt::AlignCenter, text);
    return image;
}

QImage drawnFromCache(StaticTextCache &cache, const QFont &font, const QString &text)
{
    QImage image = blank();
    QPainter painter(&image);
    painter.setPen(Qt::black);
    cache.drawCentered(&painter, cell, font, text);
    return image;
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

class TestStaticTextCache : public QObject {
    Q_OBJECT

private slots:
    void sameAsDrawText_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"0.88349", "-1.4013e-45", "nan", "-inf", "2", "0.0026", "1e+30"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }
    void sameAsDrawText()
    {
        QFETCH(QString, text);
        QFont unshaped = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        unshaped.setStyleStrategy(QFont::PreferNoShaping); // as the main window's views use it
        for (const QFont &plain : {QFontDatabase::systemFont(QFontDatabase::GeneralFont), unshaped}) {
            StaticTextCache cache;
            for (int pass = 0; pass < 2; ++pass) { // laid out, then from the cache
                QCOMPARE(drawnFromCache(cache, plain, text), drawnByQt(plain, text));
                QCOMPARE(drawnFromCache(cache, boldOf(plain), text), drawnByQt(boldOf(plain), text));
            }
        }
    }

    void aNewFontLaysTheTextOutAgain()
    {
        QFont small = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        QFont large = small;
        large.setPointSizeF(small.pointSizeF() * 2);
        StaticTextCache cache;
        const QString text = QStringLiteral("0.24473");
        QCOMPARE(drawnFromCache(cache, small, text), drawnByQt(small, text));
        QVERIFY(drawnFromCache(cache, large, text) != drawnByQt(small, text));
        QCOMPARE(drawnFromCache(cache, large, text), drawnByQt(large, text));
    }

    void aFullCacheStartsAgain()
    {
        const QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        StaticTextCache cache(2);
        const QStringList texts{QStringLiteral("1"), QStringLiteral("22"), QStringLiteral("333"), QStringLiteral("1")};
        for (const QString &text : texts)
            QCOMPARE(drawnFromCache(cache, font, text), drawnByQt(font, text));
    }
};

QTEST_MAIN(TestStaticTextCache)
#include "tst_statictextcache.moc"
