#include "printpanel.h"

#include "numbertext.h"
#include "tensordocument.h"

#include "pytorchprinter.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ui {

PrintPanel::PrintPanel(TensorDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("What PyTorch prints"));
    layout->addWidget(m_text);
    // Printing 4096 values twice is not free: only while the panel is on screen.
    connect(document, &TensorDocument::resultChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    refresh();
}

QString PrintPanel::text() const
{
    return m_text->toPlainText();
}

void PrintPanel::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void PrintPanel::refresh()
{
    m_stale = false;
    const core::SoftmaxSpec spec = m_document->spec();
    const QString function = QString::fromStdString(core::opName(spec.op));
    QString call;
    const QString x = spec.temperature != 1.0 ? QStringLiteral("x / %1").arg(fullPrecision(spec.temperature, core::DType::Float64)) : QStringLiteral("x");
    if (spec.reduction.wholeTensor)
        call = QStringLiteral("F.%1(%2.flatten(), dim=0).reshape(x.shape)").arg(function, x);
    else if (m_document->state().dim.mode == DimChoice::Mode::Implicit)
        call = QStringLiteral("F.%1(%2)").arg(function, x);
    else
        call = QStringLiteral("F.%1(%2, dim=%3)").arg(function, x).arg(spec.reduction.dim);
    m_text->setPlainText(QStringLiteral(">>> print(x)\n%1\n>>> print(%2)\n%3\n")
                             .arg(QString::fromStdString(core::pytorchPrint(m_document->input())), call,
                                  QString::fromStdString(core::pytorchPrint(m_document->output()))));
}

} // namespace ui
