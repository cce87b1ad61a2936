#include "tensorgridview.h"

#include "numbertext.h"
#include "opaquescrollbars.h"
#include "tensorcelldelegate.h"
#include "tensordocument.h"
#include "tensortablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalBlocker>

namespace ui {

TensorGridView::TensorGridView(TensorDocument *document, TensorTableModel *model, QWidget *parent)
    : QTableView(parent), m_document(document), m_model(model), m_delegate(new TensorCellDelegate(this))
{
    setModel(model);
    setItemDelegate(m_delegate);
    setMouseTracking(true);
    makeScrollBarsOpaque(this);
    setShowGrid(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setWordWrap(false);
    setTabKeyNavigation(false); // arrows move between elements; Tab leaves the view
    setEditTriggers(model->side() == TensorTableModel::Side::Input
                        ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed
                        : QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setHighlightSections(false);
    // Row numbers are at most "63": a fixed width spares measuring them on every change.
    verticalHeader()->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("888")));

    connect(model, &QAbstractItemModel::modelReset, this, &TensorGridView::applyLayout);
    // New values may need wider cells; highlight-only changes never do.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (!roles.isEmpty() && !roles.contains(Qt::DisplayRole))
                    return;
                // One edited cell only ever needs a wider column (measuring all 4096
                // texts for it would cost more than the rest of the edit).
                if (topLeft == bottomRight) {
                    QFont bold = font();
                    bold.setBold(true);
                    const int needed = QFontMetrics(bold).horizontalAdvance(topLeft.data().toString()) + 12;
                    if (int(needed * m_cellScale) <= horizontalHeader()->sectionSize(topLeft.column()))
                        return;
                }
                applySizes();
            });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const int flat = current.data(TensorTableModel::ElementRole).toInt();
        if (!m_syncing && current.isValid() && flat >= 0)
            m_document->selectElement(flat);
    });
    connect(document, &TensorDocument::selectionChanged, this, &TensorGridView::showSelection);
    connect(this, &QAbstractItemView::entered, this, [this](const QModelIndex &index) {
        m_document->hoverElement(index.data(TensorTableModel::ElementRole).toInt());
    });
    applyLayout();
}

void TensorGridView::setCellScale(double scale)
{
    m_cellScale = scale;
    applySizes();
}

void TensorGridView::setHighContrast(bool on)
{
    m_delegate->setHighContrast(on);
    viewport()->update();
}

void TensorGridView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        verticalHeader()->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("888")));
        applySizes();
    }
}

QSize TensorGridView::sizeHint() const
{
    if (sizeAdjustPolicy() != AdjustToContents)
        return QTableView::sizeHint();
    const int frame = 2 * frameWidth();
    const auto shown = [this](const QScrollBar *bar) { return bar->isVisibleTo(this); };
    return {frame + verticalHeader()->width() + horizontalHeader()->length()
                + (shown(verticalScrollBar()) ? verticalScrollBar()->sizeHint().width() : 0),
            frame + horizontalHeader()->height() + verticalHeader()->length()
                + (shown(horizontalScrollBar()) ? horizontalScrollBar()->sizeHint().height() : 0)};
}

QSize TensorGridView::minimumSizeHint() const
{
    const QSize minimum = QTableView::minimumSizeHint();
    if (sizeAdjustPolicy() != AdjustToContents)
        return minimum;
    return {minimum.width(), sizeHint().height()};
}

void TensorGridView::applyTileSpans(QTableView *view, const TensorGrid &grid)
{
    view->clearSpans();
    if (!grid.hasTileLabels() || grid.tileWidth() == 1)
        return;
    for (int row = 0; row < grid.rowCount(); ++row) {
        if (grid.kind(row, 0) != TensorGrid::CellKind::TileLabel)
            continue;
        for (int column = 0; column < grid.columnCount(); column += grid.tileWidth() + 1)
            view->setSpan(row, column, 1, grid.tileWidth());
    }
}

void TensorGridView::applyLayout()
{
    applyTileSpans(this, m_model->grid());
    applySizes();
    showSelection(m_document->selectedElement());
}

void TensorGridView::applySizes()
{
    const QFontMetrics metrics(font());
    QFont bold = font();
    bold.setBold(true); // the selected cell's number is bold
    const int cellWidth = int((widestText(QFontMetrics(bold)) + 12) * m_cellScale);
    const int cellHeight = int((metrics.height() + 14) * m_cellScale);
    const int gapWidth = std::max(10, metrics.horizontalAdvance(QLatin1Char('0')));
    const TensorGrid &grid = m_model->grid();
    // QTableView repaints resized sections from a zero timer, after the change's own
    // repaint: a second paint of the whole view. The headers stay silent instead, and
    // the view is laid out and repainted once, with everything else.
    const QSignalBlocker quietColumns(horizontalHeader());
    const QSignalBlocker quietRows(verticalHeader());
    bool resized = false;
    // Setting a default size resizes every section to it, gaps included, which the
    // loop below would then resize back, so the defaults are only set when they change.
    if (horizontalHeader()->defaultSectionSize() != cellWidth) {
        horizontalHeader()->setDefaultSectionSize(cellWidth);
        resized = true;
    }
    if (verticalHeader()->defaultSectionSize() != cellHeight) {
        verticalHeader()->setDefaultSectionSize(cellHeight);
        resized = true;
    }
    for (int column = 0; column < grid.columnCount(); ++column) {
        const int width = grid.columnIndex(column) < 0 ? gapWidth : cellWidth;
        if (horizontalHeader()->sectionSize(column) != width) {
            horizontalHeader()->resizeSection(column, width);
            resized = true;
        }
    }
    if (resized) {
        updateGeometries();
        viewport()->update();
    }
}

int TensorGridView::widestText(const QFontMetrics &metrics) const
{
    // Formatting and measuring 4096 texts costs milliseconds; digits share one width,
    // so one text of each shape is enough.
    int widest = metrics.horizontalAdvance(QStringLiteral("0.0000"));
    for (const QString &text : textsOfEveryShape(m_model->shownTensor().values))
        widest = std::max(widest, metrics.horizontalAdvance(text));
    return widest;
}

void TensorGridView::showSelection(int flat)
{
    const QModelIndex index = m_model->indexOfElement(flat);
    if (!index.isValid() || index == currentIndex())
        return;
    m_syncing = true;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
    // Before the first show the viewport is tiny and would scroll everything away.
    if (isVisible())
        scrollTo(index);
}

QModelIndex TensorGridView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    int rowStep = 0;
    int columnStep = 0;
    switch (cursorAction) {
    case MoveLeft:
        columnStep = -1;
        break;
    case MoveRight:
        columnStep = 1;
        break;
    case MoveUp:
        rowStep = -1;
        break;
    case MoveDown:
        rowStep = 1;
        break;
    default:
        return QTableView::moveCursor(cursorAction, modifiers);
    }
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return m_model->indexOfElement(0);
    // Step over labels and gaps to the next element in that direction.
    const TensorGrid &grid = m_model->grid();
    for (int row = current.row() + rowStep, column = current.column() + columnStep;
         row >= 0 && column >= 0 && row < grid.rowCount() && column < grid.columnCount();
         row += rowStep, column += columnStep) {
        if (grid.elementAt(row, column) >= 0)
            return m_model->index(row, column);
    }
    return current;
}

void TensorGridView::leaveEvent(QEvent *event)
{
    m_document->hoverElement(-1);
    QTableView::leaveEvent(event);
}

} // namespace ui
