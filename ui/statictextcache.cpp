#include "statictextcache.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRect>

namespace ui {

const StaticTextCache::Entry &StaticTextCache::laidOut(const QString &text, const QFont &font)
{
    if (!m_font || *m_font != font || m_texts.size() >= m_capacity) {
        m_texts.clear();
        m_font = font;
        m_lineHeight = QFontMetricsF(font).height();
    }
    auto found = m_texts.find(text);
    if (found == m_texts.end()) {
        Entry entry{QStaticText(text), QFontMetricsF(font).horizontalAdvance(text)};
        entry.text.setTextFormat(Qt::PlainText);
        entry.text.prepare(QTransform(), font);
        found = m_texts.insert(text, entry);
    }
    return *found;
}

void StaticTextCache::drawCentered(QPainter *painter, const QRect &rect, const QFont &font, const QString &text)
{
    const Entry &entry = laidOut(text, font);
    // Placed as drawText places one centred line: by its advance and the font's height.
    painter->setFont(font);
    painter->drawStaticText(QPointF(rect.x() + (rect.width() - entry.advance) / 2.0,
                                    rect.y() + (rect.height() - m_lineHeight) / 2.0),
                            entry.text);
}

} // namespace ui
