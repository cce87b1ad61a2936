#pragma once

#include "documentstate.h"

#include <QScrollArea>

#include <vector>

class QGridLayout;
class QLabel;
class QGroupBox;

namespace ui {

class TensorDocument;
class TensorGridView;

/// The same input normalised along every dim of its rank, and over the whole
/// tensor, as small multiples: each titled with its dim, group count and sums,
/// with the selected element's group highlighted in every one. Selection and
/// hover are the document's, so they stay in step across all of them.
class CompareView : public QScrollArea {
    Q_OBJECT

public:
    explicit CompareView(TensorDocument *document, QWidget *parent = nullptr);

    struct Panel {
        DimChoice choice;
        QGroupBox *box = nullptr;
        QLabel *summary = nullptr;
        TensorGridView *view = nullptr;
    };
    const std::vector<Panel> &panels() const { return m_panels; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setPaused(bool paused);
    void rebuild();
    void refreshTitles();

    TensorDocument *m_document;
    QWidget *m_content = nullptr;
    QGridLayout *m_grid = nullptr;
    std::vector<Panel> m_panels;
    int m_builtRank = 0;
};

} // namespace ui
