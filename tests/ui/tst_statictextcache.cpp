// The cells' laid-out numbers: drawn from the cache they must be the very pixels
// QPainter::drawText(rect, Qt::AlignCenter, text) gives, in every font and after
// the cache has emptied itself. And item views drawing their texts from a cache
// (ui::CachedTextDelegate) must look as the style draws them, and cell borders
// filled as bands (ui::paintFrame) as QPainter::drawRect strokes them.
#include "cachedtextdelegate.h"
#include "paintframe.h"
#include "statictextcache.h"

#include <QFontDatabase>
#include <QImage>
#include <QListView>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTableView>
#include <QPainter>
#include <QTest>

#include <memory>

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

    void itemViewsLookTheSameWithCachedTexts_data()
    {
        QTest::addColumn<bool>("unshaped");
        QTest::newRow("shaped") << false;
        QTest::newRow("unshaped") << true; // as the main window's views use it
    }
    void itemViewsLookTheSameWithCachedTexts()
    {
        // The steps table and the group sums list draw their texts from a cache: the
        // same pixels as the style's own drawing, row fonts, colours, alignment, a
        // selected and current item, and a text too long for its column included.
        QFETCH(bool, unshaped);
        QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        if (unshaped)
            font.setStyleStrategy(QFont::PreferNoShaping);
        QStandardItemModel table(4, 4);
        const QStringList texts{QStringLiteral("x₁ ◀"), QStringLiteral("−1005"), QStringLiteral("0.049787"),
                                QStringLiteral("inf"), QStringLiteral("x[0,1,2,3]"), QStringLiteral("nan"),
                                QStringLiteral("e^(x − m)"), QStringLiteral("0.000329321234567890123")};
        for (int row = 0; row < 4; ++row) {
            for (int column = 0; column < 4; ++column) {
                auto *item = new QStandardItem(texts[(row * 3 + column) % texts.size()]);
                item->setTextAlignment(column == 3 ? Qt::AlignLeft | Qt::AlignTop : Qt::AlignRight | Qt::AlignVCenter);
                if (row == 1) { // the explained member
                    QFont bold;
                    bold.setBold(true);
                    item->setFont(bold);
                    item->setBackground(QColor(0xff, 0xd8, 0x8a));
                    item->setForeground(Qt::black);
                }
                table.setItem(row, column, item);
            }
        }
        QStringListModel sums({QStringLiteral("g1: Σ = 1"), QStringLiteral("g2: Σ = 1"), QStringLiteral("g10: Σ = 0.99999"),
                               QStringLiteral("g11: Σ = nan")});
        const auto grab = [&font](QAbstractItemModel *model, bool cached, bool list) {
            std::unique_ptr<QAbstractItemView> view;
            if (list) {
                auto *strip = new QListView;
                strip->setFlow(QListView::LeftToRight);
                strip->setWrapping(true);
                strip->setSpacing(2);
                view.reset(strip);
            } else {
                view.reset(new QTableView);
            }
            view->setFont(font);
            view->setModel(model);
            if (cached)
                view->setItemDelegate(new ui::CachedTextDelegate(view.get()));
            view->resize(380, 120);
            view->setCurrentIndex(model->index(list ? 2 : 0, 0));
            view->show();
            if (!QTest::qWaitForWindowExposed(view.get()))
                return QImage();
            return view->grab().toImage();
        };
        for (bool list : {false, true}) {
            QAbstractItemModel *model = list ? static_cast<QAbstractItemModel *>(&sums) : &table;
            const QImage byStyle = grab(model, false, list);
            QVERIFY(!byStyle.isNull());
            QCOMPARE(grab(model, true, list), byStyle);
        }
    }

    void framesAreTheRectanglesDrawRectDraws()
    {
        // Cell borders are filled bands, cheaper than the stroker but the same pixels
        // as QPainter::drawRect with a square-cornered pen of the cell border widths
        // (1, 2, 4; doubled in high contrast), for cells of every size, a frame of
        // only border included.
        for (int width : {1, 2, 4, 8}) {
            for (const QRect &rect : {QRect(10, 10, 15, 12), QRect(3, 7, 40, 20), QRect(20, 20, 2, 3), QRect(9, 9, 0, 0)}) {
                QImage stroked(64, 48, QImage::Format_ARGB32_Premultiplied);
                stroked.fill(Qt::white);
                QImage filled = stroked;
                const QColor color(0xd5, 0x5e, 0x00);
                {
                    QPainter painter(&stroked);
                    painter.setPen(QPen(color, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
                    painter.drawRect(rect);
                }
                {
                    QPainter painter(&filled);
                    ui::paintFrame(&painter, rect, width, color);
                }
                QVERIFY2(filled == stroked, qPrintable(QStringLiteral("width %1, rect %2,%3 %4×%5")
                                                           .arg(width)
                                                           .arg(rect.x())
                                                           .arg(rect.y())
                                                           .arg(rect.width())
                                                           .arg(rect.height())));
            }
        }
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
