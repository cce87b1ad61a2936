#pragma once

#include "stephtml.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTextBrowser;

namespace ui {

class TensorDocument;

/// The e^x / Σe^x steps in numbers for the selected element, as rich text.
/// Hovering a number shows it in full precision.
class StepsPanel : public QWidget {
    Q_OBJECT

public:
    explicit StepsPanel(TensorDocument *document, QWidget *parent = nullptr);

    LabelStyle labelStyle() const;
    void setLabelStyle(LabelStyle style);
    /// The text shown, without markup (for tests and the clipboard).
    QString plainText() const;

signals:
    void labelStyleChanged(ui::LabelStyle style);

private:
    void refresh();
    void showFullValue(const QUrl &link);

    TensorDocument *m_document;
    QLabel *m_title = nullptr;
    QCheckBox *m_indexLabels = nullptr;
    QTextBrowser *m_text = nullptr;
    StepHtml m_steps;
};

} // namespace ui
