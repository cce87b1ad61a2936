// Help: the guide with its example links and misconception cards, the shortcut
// list, and accessible names on every interactive widget of the window.
#include "helpdialogs.h"
#include "mainwindow.h"
#include "stepspanel.h"
#include "tensorgridview.h"
#include "tensordocument.h"

#include "presets.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

class TestHelp : public QObject {
    Q_OBJECT

private slots:
    void guideLinksEveryExampleItNames()
    {
        const QString html = ui::GuideDialog::html();
        const QRegularExpression link(QStringLiteral("href=\"preset:([a-z0-9-]+)\""));
        int links = 0;
        for (auto match = link.globalMatch(html); match.hasNext(); ++links)
            core::findPreset(match.next().captured(1).toStdString()); // throws for an unknown name
        QVERIFY(links >= 8);
        // The slips of the source material, as cards.
        QVERIFY(html.contains("Common misconceptions"));
        QVERIFY(html.contains("It is a sum"));
        QVERIFY(html.contains("0.2308") && html.contains("0.2309"));
        QVERIFY(html.contains("0.7209") && html.contains("0.8696"));
    }

    void clickingAnExampleLoadsIt()
    {
        ui::MainWindow window;
        window.show();
        ui::GuideDialog guide(&window);
        QSignalSpy requested(&guide, &ui::GuideDialog::presetRequested);
        emit guide.browser()->anchorClicked(QUrl("preset:three-classes"));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QString("three-classes"));
    }

    void shortcutListComesFromTheActions()
    {
        ui::MainWindow window;
        const QStringList rows = ui::ShortcutsDialog::rows(&window);
        const auto has = [&](const QString &action, const QString &keys) {
            return rows.contains(action + '\t' + keys);
        };
        QVERIFY2(has("Undo", "Ctrl+Z"), qPrintable(rows.join('\n')));
        QVERIFY(has("Presentation mode", "F11"));
        QVERIFY(has("Show all groups", "Ctrl+G"));
        QVERIFY(has("Walk through the groups", "F5"));
        QVERIFY(has("Open…", "Ctrl+O"));
        QVERIFY(has("Paste tensor", "Ctrl+V"));
    }

    void tabFollowsTheReadingOrder()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        window.inputView()->setFocus();
        QTRY_VERIFY(window.inputView()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window.outputView());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QString("Group sums"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(window.stepsPanel()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), window.outputView());
    }

    void everyInteractiveWidgetHasAnAccessibleName()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&window) || widget->focusPolicy() == Qt::NoFocus)
                continue;
            const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QLineEdit *>(widget)
                || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QAbstractSlider *>(widget)
                || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget);
            // The line edit inside a spin box is part of the (named) spin box.
            if (!interactive || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue;
            // A button's visible text is its accessible name; everything else needs one set.
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            if (!named && !qobject_cast<QAbstractSlider *>(widget->parentWidget()) // scroll bars of views
                && !widget->inherits("QScrollBar") && !widget->inherits("QTabBar"))
                unnamed << QStringLiteral("%1 '%2' in %3")
                               .arg(widget->metaObject()->className(), widget->objectName(),
                                    widget->parentWidget() ? widget->parentWidget()->metaObject()->className() : "");
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join('\n')));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
