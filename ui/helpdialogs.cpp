#include "helpdialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

GuideDialog::GuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Softmax Explorer guide"));
    resize(760, 640);
    auto *layout = new QVBoxLayout(this);
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html());
    m_browser->setAccessibleName(tr("Guide"));
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("preset"))
            emit presetRequested(url.path());
    });
}

QString GuideDialog::html()
{
    const auto example = [](const QString &name, const QString &text) {
        return QStringLiteral("<a href=\"preset:%1\">%2</a>").arg(name, text);
    };
    QString h;
    h += tr("<h2>Softmax along a dim</h2>"
            "<p>softmax(x)<sub>i</sub> = e<sup>x<sub>i</sub></sup> / Σ<sub>j</sub> e<sup>x<sub>j</sub></sup>, where j "
            "runs over the elements that share every index with i except the one along <b>dim</b>. Those elements "
            "form i's <b>group</b>: they share one denominator, and their outputs sum to 1.</p>");
    h += tr("<h3>The four dims of B×C×H×W</h3><ul>"
            "<li><b>dim 0</b>: across the batch items at the same (c, h, w);</li>"
            "<li><b>dim 1</b>: across the channels at the same (b, h, w) — segmentation's classes;</li>"
            "<li><b>dim 2</b>: down each column of an H×W plane;</li>"
            "<li><b>dim 3</b> (also dim=−1): along each row.</li></ul>"
            "<p>Try it: %1, then step the dim with Ctrl+] and watch the highlight.</p>")
             .arg(example(QStringLiteral("bchw-arange"), tr("the tutorial's 1×3×2×2 arange")));
    h += tr("<h3>Why subtract the maximum</h3><p>e<sup>x</sup> overflows float32 near x ≈ 88.7 (float64 near "
            "710). Subtracting the group's maximum m changes nothing mathematically — the factor e<sup>−m</sup> "
            "cancels — and keeps every exponent ≤ 0. The steps panel shows the naive form beside the stable one.</p>");
    h += tr("<h3>log_softmax</h3><p>log p<sub>i</sub> = (x<sub>i</sub> − m) − log Σ<sub>j</sub> e<sup>x<sub>j</sub> − "
            "m</sup>, computed without ever taking the log of a tiny p. It pairs with NLLLoss: log_softmax followed by "
            "NLLLoss is cross-entropy. See %1.</p>")
             .arg(example(QStringLiteral("rand-2x2"), tr("the tutorial's 2×2 example")));
    h += tr("<h3>Temperature</h3><p>softmax(x / T): a small T sharpens toward the maximum (argmax), a large T "
            "flattens toward uniform. The tutorial's NumPy helper writes theta = 1/T. The “p vs T” plot shows it.</p>");
    h += tr("<h3>Frameworks</h3><ul><li>PyTorch wants dim; without it, the deprecated implicit choice is dim 0 for "
            "rank 0, 1 or 3, else dim 1, with a warning.</li><li>TensorFlow: axis=−1.</li><li>The tutorial's NumPy "
            "helper: the first axis whose extent is more than 1.</li><li>SciPy: axis=None, the whole tensor.</li></ul>"
            "<p>Typical uses: %1 (N, C) dim=−1; %2 (1, C, H, W) dim=1; %3; %4 with −inf masks.</p>")
             .arg(example(QStringLiteral("classification"), tr("classification")),
                  example(QStringLiteral("segmentation"), tr("segmentation")),
                  example(QStringLiteral("detection"), tr("detection anchors")),
                  example(QStringLiteral("attention-mask"), tr("attention scores")));
    h += tr("<h2>Common misconceptions</h2>");
    const auto card = [](const QString &title, const QString &text) {
        return QStringLiteral("<table width=\"100%\" cellpadding=\"8\" style=\"background-color:#fff4dc;\">"
                              "<tr><td style=\"color:#000000;\"><b>%1</b><br>%2</td></tr></table><br>")
            .arg(title, text);
    };
    h += card(tr("“dim=0 means rows, dim=1 means columns”"),
              tr("Words like these contradict each other from one tutorial to the next (“0 normalises columns”). What "
                 "is true is which elements sum to 1: pick a cell and look at its highlighted group. %1")
                  .arg(example(QStringLiteral("matrix-2x4"), tr("Open the 2×4 example."))));
    h += card(tr("“The denominator is an average”"),
              tr("It is a sum: Σ<sub>j</sub> e<sup>x<sub>j</sub></sup> over the group, never divided by its size."));
    h += card(tr("“With batch size 1, the other batch items count as 0”"),
              tr("With one batch item the dim-0 group holds a single element, so its softmax is e<sup>x</sup>/e<sup>x</sup> "
                 "= 1 exactly. %1").arg(example(QStringLiteral("bchw-arange"), tr("See dim 0 of the 1×3×2×2 example."))));
    h += card(tr("“Rounding the exponentials first is harmless”"),
              tr("Rounding e<sup>x</sup> to two decimals gives 0.2308 for the middle of (−3, 1.5, 2.7); PyTorch prints "
                 "0.2309. Hover a number in the steps for its full precision. %1")
                  .arg(example(QStringLiteral("three-classes"), tr("Open the three-class example."))));
    h += card(tr("“Any two elements of the same row share a denominator”"),
              tr("Only along the chosen dim. A worked example once divided by e<sup>x₁</sup> + e<sup>x₃</sup> with the "
                 "wrong x₃ and got 0.7209 instead of 0.8696; the steps panel lists the group's members and their values "
                 "so such slips show. %1")
                  .arg(example(QStringLiteral("notebook-2x2x2"), tr("Open the 2×2×2 notebook example."))));
    return h;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(520, 600);
    auto *layout = new QVBoxLayout(this);
    auto *table = new QTableWidget(this);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    const QStringList list = rows(window);
    table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const QStringList cells = list[row].split(QLatin1Char('\t'));
        table->setItem(row, 0, new QTableWidgetItem(cells.value(0)));
        table->setItem(row, 1, new QTableWidgetItem(cells.value(1)));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnToContents(1);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QStringList ShortcutsDialog::rows(QWidget *window)
{
    QStringList list;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const QString row = action->text().remove(QLatin1Char('&')) + QLatin1Char('\t') + keys.join(QStringLiteral(", "));
        if (!list.contains(row))
            list << row;
    }
    list << tr("Move between elements") + QStringLiteral("\t←, →, ↑, ↓")
         << tr("Edit the selected value") + QStringLiteral("\t") + tr("type, or double-click");
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace ui
