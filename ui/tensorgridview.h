#pragma once

#include <QTableView>

namespace ui {

class TensorDocument;
class TensorGrid;
class TensorTableModel;

/// A table view over a TensorTableModel that keeps the document's selected and
/// hovered elements in step with the mouse and the keyboard. Arrow keys move
/// between elements and jump over tile labels and gaps.
class TensorGridView : public QTableView {
    Q_OBJECT

public:
    TensorGridView(TensorDocument *document, TensorTableModel *model, QWidget *parent = nullptr);

    TensorTableModel *tensorModel() const { return m_model; }
    /// Scales the cells; 1 is the normal size.
    void setCellScale(double scale);
    /// Thicker borders and stronger dimming, for a projector.
    void setHighContrast(bool on);
    /// With AdjustToContents: exactly the frame, headers, cells and the scroll bars
    /// shown (Qt's own hint counts a scroll bar that is hidden).
    QSize sizeHint() const override;
    /// With AdjustToContents: no taller than the grid, even for a single row.
    QSize minimumSizeHint() const override;
    /// Lets each tile label span its tile's columns (any table laid out by `grid`).
    static void applyTileSpans(QTableView *view, const TensorGrid &grid);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyLayout(); ///< after a new shape: spans, sizes, selection
    void applySizes();  ///< after new values: cell widths
    int widestText(const QFontMetrics &metrics) const;
    void showSelection(int flat);

    TensorDocument *m_document;
    TensorTableModel *m_model;
    class TensorCellDelegate *m_delegate;
    double m_cellScale = 1.0;
    bool m_syncing = false;
};

} // namespace ui
