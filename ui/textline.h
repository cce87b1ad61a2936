#pragma once

#include <QWidget>

namespace ui {

/// A line (or a few wrapped lines) of plain text that changes often: unlike QLabel,
/// a new text only repaints it, and lays out the window again only when the
/// wrapped height changes. QLabel::setText always re-lays out the whole window,
/// which costs milliseconds on every selection.
class TextLine : public QWidget {
    Q_OBJECT

public:
    explicit TextLine(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    void setWordWrap(bool wrap);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return m_wrap; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int flags() const;
    int heightFor(int width) const;

    QString m_text;
    bool m_wrap = false;
    int m_height = 0; ///< the height the layout was last told
};

} // namespace ui
