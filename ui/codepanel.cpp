#include "codepanel.h"

#include "tensordocument.h"

#include "codegen.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

CodePanel::CodePanel(TensorDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_framework = new QComboBox(this);
    m_framework->addItems({QStringLiteral("PyTorch"), QStringLiteral("NumPy"), QStringLiteral("TensorFlow")});
    m_framework->setAccessibleName(tr("Framework"));
    auto *copy = new QPushButton(tr("&Copy code"), this);
    top->addWidget(m_framework);
    top->addStretch(1);
    top->addWidget(copy);
    layout->addLayout(top);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Code that reproduces the numbers"));
    layout->addWidget(m_text, 1);

    connect(m_framework, &QComboBox::currentIndexChanged, this, &CodePanel::refresh);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(code()); });
    connect(document, &TensorDocument::resultChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    refresh();
}

QString CodePanel::code() const
{
    return m_text->toPlainText();
}

void CodePanel::setFramework(int index)
{
    m_framework->setCurrentIndex(index);
}

void CodePanel::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void CodePanel::refresh()
{
    m_stale = false;
    const auto framework = core::Framework(m_framework->currentIndex());
    const bool implicit = m_document->state().dim.mode == DimChoice::Mode::Implicit;
    m_text->setPlainText(QString::fromStdString(
        core::pythonCode(framework, m_document->input(), m_document->spec(), implicit)));
}

} // namespace ui
