#include "textline.h"

#include <QEvent>
#include <QPainter>

namespace ui {

TextLine::TextLine(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_height = heightFor(width());
}

void TextLine::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleName(text);
    setToolTip(m_wrap ? QString() : text); // an elided line shows the rest on hover
    const int height = heightFor(width());
    if (height != m_height) {
        m_height = height;
        updateGeometry();
    }
    update();
}

void TextLine::setWordWrap(bool wrap)
{
    m_wrap = wrap;
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(wrap);
    setSizePolicy(wrap ? policy : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed));
    m_height = heightFor(width());
    updateGeometry();
}

int TextLine::flags() const
{
    return Qt::AlignLeft | Qt::AlignVCenter | (m_wrap ? Qt::TextWordWrap : 0);
}

int TextLine::heightFor(int width) const
{
    const QFontMetrics metrics = fontMetrics();
    if (!m_wrap || width <= 0)
        return metrics.height() + 2;
    return metrics.boundingRect(QRect(0, 0, width, 100000), flags(), m_text).height() + 2;
}

QSize TextLine::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_text) + 2, m_height};
}

QSize TextLine::minimumSizeHint() const
{
    return {0, m_wrap ? fontMetrics().height() + 2 : m_height};
}

int TextLine::heightForWidth(int width) const
{
    return heightFor(width);
}

void TextLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    const QString shown = m_wrap ? m_text : fontMetrics().elidedText(m_text, Qt::ElideRight, width());
    painter.drawText(rect(), flags(), shown);
}

void TextLine::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int height = heightFor(width());
    if (height != m_height) {
        m_height = height;
        updateGeometry();
    }
}

void TextLine::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_height = heightFor(width());
        updateGeometry();
    }
}

} // namespace ui
