#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QString>

#include <optional>

class QPainter;
class QRect;

namespace ui {

/// Laid-out texts for one font, so that repainting a cell draws its number
/// without shaping it again (shaping was most of a 4096-cell repaint). The cache
/// empties itself when the font changes or it grows past `capacity` texts.
class StaticTextCache {
public:
    explicit StaticTextCache(int capacity = 8192) : m_capacity(capacity) {}

    /// Draws `text` in `font` centred in `rect`, as QPainter::drawText with
    /// Qt::AlignCenter would; the painter's pen is used.
    void drawCentered(QPainter *painter, const QRect &rect, const QFont &font, const QString &text);

private:
    struct Entry {
        QStaticText text;
        qreal advance; // the width drawText centres
    };
    const Entry &laidOut(const QString &text, const QFont &font);

    int m_capacity;
    std::optional<QFont> m_font; // the font of every text in m_texts
    qreal m_lineHeight = 0;      // m_font's
    QHash<QString, Entry> m_texts;
};

} // namespace ui
