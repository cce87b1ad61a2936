#pragma once

#include <QAbstractListModel>
#include <QWidget>

#include <vector>

class QLabel;
class QListView;

namespace ui {

class TensorDocument;

/// One row per group: its number and the sum of its outputs (Σp = 1).
class GroupSumModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { SumRole = Qt::UserRole + 1 };

    explicit GroupSumModel(TensorDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void recompute();

    TensorDocument *m_document;
    std::vector<double> m_sums;
};

/// The group sums beside the output view; choosing a group selects the element
/// at the same position in it.
class GroupSumsPanel : public QWidget {
    Q_OBJECT

public:
    explicit GroupSumsPanel(TensorDocument *document, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }

private:
    void showSelectedGroup();

    TensorDocument *m_document;
    GroupSumModel *m_model;
    QLabel *m_title = nullptr;
    QListView *m_list = nullptr;
    bool m_syncing = false; // showing the document's selection, not making one
};

} // namespace ui
