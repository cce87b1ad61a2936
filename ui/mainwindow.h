#pragma once

#include <QMainWindow>

class QBoxLayout;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace ui {

/// The first window: pick a built-in example, a dim and an op, and read what
/// PyTorch would print for the input and the output, with the steps for the
/// first element. (The editable tensor views replace this in the next step.)
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void loadPreset(int row);
    void refresh();
    QPlainTextEdit *addPane(const QString &title, QBoxLayout *layout);

    QComboBox *m_presetBox = nullptr;
    QSpinBox *m_dimBox = nullptr;
    QComboBox *m_opBox = nullptr;
    QLabel *m_dimWords = nullptr;
    QPlainTextEdit *m_inputPane = nullptr;
    QPlainTextEdit *m_outputPane = nullptr;
    QPlainTextEdit *m_stepsPane = nullptr;
};

} // namespace ui
