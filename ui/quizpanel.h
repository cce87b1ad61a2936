#pragma once

#include "quiz.h"

#include <QWidget>

#include <random>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ui {

class QuizTableModel;
class TensorDocument;

/// Self-study questions made from the current tensor: which elements share a
/// denominator, which dim produced an output, and which way p moves when T
/// doubles. Answers are graded by the core; the score lasts the session.
class QuizPanel : public QWidget {
    Q_OBJECT

public:
    enum class Kind { SharedDenominator, WhichDim, Temperature };

    explicit QuizPanel(TensorDocument *document, QWidget *parent = nullptr);

    void setSeed(quint64 seed) { m_random.seed(seed); }
    void newQuestion(Kind kind);
    Kind kind() const;

    // Answers (the buttons and keys call these).
    void toggleElement(int flat); ///< shared denominator: click an element
    void checkSelection();
    void answerDim(int dim);
    void answerDirection(core::Direction direction);

    int answered() const { return m_answered; }
    int right() const { return m_right; }
    QString prompt() const;
    QString feedback() const;
    QuizTableModel *gridModel() const { return m_gridModel; }
    QTableView *gridView() const { return m_gridView; }
    const core::SharedDenominatorQuestion &sharedQuestion() const { return m_shared; }
    const core::WhichDimQuestion &whichDimQuestion() const { return m_whichDim; }
    const core::TemperatureQuestion &temperatureQuestion() const { return m_temperature; }

private:
    QWidget *createSharedPage();
    QWidget *createWhichDimPage();
    QWidget *createTemperaturePage();
    void score(bool correct);
    void showScore();
    QString dimLabel(int dim) const;

    TensorDocument *m_document;
    std::mt19937_64 m_random;
    QComboBox *m_kind = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_score = nullptr;
    QStackedWidget *m_pages = nullptr;
    QuizTableModel *m_gridModel = nullptr;
    QTableView *m_gridView = nullptr;
    QuizTableModel *m_outputModel = nullptr;
    QTableView *m_outputView = nullptr;
    QWidget *m_dimButtons = nullptr;
    core::Tensor m_tensor;
    core::SharedDenominatorQuestion m_shared;
    core::WhichDimQuestion m_whichDim;
    core::TemperatureQuestion m_temperature;
    std::vector<int> m_clicked;
    bool m_graded = false;
    int m_answered = 0;
    int m_right = 0;
};

} // namespace ui
