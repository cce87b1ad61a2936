#pragma once

#include "stephtml.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;
class QTextBrowser;

namespace ui {

class GroupStepsModel;
class TextLine;
class TensorDocument;

/// The e^x / Σe^x steps in numbers for the selected element: its group, a table
/// of every member's intermediates, and the stable and naive computations side
/// by side. Hovering a number shows it in full precision.
class StepsPanel : public QWidget {
    Q_OBJECT

public:
    explicit StepsPanel(TensorDocument *document, QWidget *parent = nullptr);

    LabelStyle labelStyle() const;
    void setLabelStyle(LabelStyle style);
    /// Everything shown, as plain text (for tests and the clipboard).
    QString plainText() const;
    GroupStepsModel *membersModel() const { return m_members; }

signals:
    void labelStyleChanged(ui::LabelStyle style);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTextBrowser *addFormulaPane();
    void showFormula(QTextBrowser *pane, const QString &html);
    void refresh();
    void showFullValue(const QUrl &link);

    TensorDocument *m_document;
    TextLine *m_title = nullptr;
    QCheckBox *m_indexLabels = nullptr;
    TextLine *m_group = nullptr;
    GroupStepsModel *m_members = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_stable = nullptr;
    QTextBrowser *m_naive = nullptr;
    StepHtml m_steps;
};

} // namespace ui
