#include "cachedtextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

#include <algorithm>
#include <utility>

namespace ui {

namespace {

/// Beyond this many texts in one font the cache starts again.
constexpr int capacity = 2048;

} // namespace

CachedTextDelegate::CachedTextDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

CachedTextDelegate::~CachedTextDelegate() = default;

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const auto drawnByStyle = QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_Editing;
    const auto otherParts = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator;
    if ((item.state & drawnByStyle) || (item.features & otherParts) || item.text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Where the style draws the text: without an icon or a check box, the whole item
    // less the focus frame's margin (asking the style would lay the text out once more).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = item.rect.adjusted(margin, 0, -margin, 0);
    const QTextLayout &text = laidOut(item, textRect);
    if (text.lineCount() != 1 || text.lineAt(0).naturalTextWidth() > textRect.width()) {
        QStyledItemDelegate::paint(painter, option, index); // wrapped or elided
        return;
    }
    // The style draws the background; the text goes where the style puts it (its
    // line's height aligned in the text rectangle), in the colour it would choose.
    item.text.clear();
    item.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    const QSize lineSize = text.boundingRect().size().toSize();
    const int top = QStyle::alignedRect(Qt::LayoutDirectionAuto, item.displayAlignment, lineSize, textRect).top();
    QPalette::ColorGroup group = item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(item.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(item.rect); // as the style clips an item's drawing
    painter->setPen(item.palette.color(group, QPalette::Text));
    text.draw(painter, QPointF(textRect.x(), top));
    painter->restore();
}

const QTextLayout &CachedTextDelegate::laidOut(const QStyleOptionViewItem &item, const QRect &textRect) const
{
    const auto sameFont = [&item](const auto &texts) { return texts.first == item.font; };
    auto inFont = std::find_if(m_texts.begin(), m_texts.end(), sameFont);
    if (inFont == m_texts.end()) {
        if (m_texts.size() >= 4) // the view's font changed: the old fonts are not coming back
            m_texts.clear();
        inFont = m_texts.insert(m_texts.end(), {item.font, Texts()});
    }
    Texts &texts = inFont->second;
    if (texts.size() >= capacity)
        texts.clear();
    const bool wrap = item.features & QStyleOptionViewItem::WrapText;
    const TextKey key{item.text, textRect.width(),
                      int(item.displayAlignment) | int(item.direction) << 16 | int(wrap) << 20};
    std::shared_ptr<QTextLayout> &layout = texts[key];
    if (!layout) {
        // As QCommonStyle lays an item's text out.
        QTextOption option;
        option.setWrapMode(wrap ? QTextOption::WordWrap : QTextOption::ManualWrap);
        option.setTextDirection(item.direction);
        option.setAlignment(QStyle::visualAlignment(item.direction, item.displayAlignment));
        layout = std::make_shared<QTextLayout>(item.text, item.font);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        qreal height = 0;
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(textRect.width());
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout->endLayout();
    }
    return *layout;
}

} // namespace ui
