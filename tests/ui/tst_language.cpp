// Chinese translations: complete .ts files, and a live switch that keeps the
// document, its undo history and its file.
#include "documentsession.h"
#include "language.h"
#include "mainwindow.h"
#include "tensordocument.h"
#include "windowhost.h"

#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

QStringList menuTitles(ui::MainWindow *window)
{
    QStringList titles;
    for (QAction *action : window->menuBar()->actions())
        titles << action->text();
    return titles;
}

int countOf(const QString &path, const QString &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(QString::fromUtf8(file.readAll()).count(needle));
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void translationsAreComplete_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("zh_CN") << "zh_CN";
        QTest::newRow("zh_TW") << "zh_TW";
    }

    void translationsAreComplete()
    {
        QFETCH(QString, locale);
        const QString ts = QStringLiteral(TRANSLATIONS_DIR "/softmax-explorer_%1.ts").arg(locale);
        QCOMPARE(countOf(ts, "type=\"unfinished\""), 0);
        QCOMPARE(countOf(ts, "type=\"obsolete\""), 0);
        QCOMPARE(countOf(ts, "type=\"vanished\""), 0);
        // Texts added to the sources since the .ts was last updated are caught too:
        // lupdate into a copy must find nothing new.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-tr-function-alias"), QStringLiteral("QT_TRANSLATE_NOOP+=CORE_TEXT"),
                       QStringLiteral(UI_SOURCE_DIR), QStringLiteral(CORE_SOURCE_DIR), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        QVERIFY2(countOf(copy, "type=\"unfinished\"") == 0,
                 "untranslated texts: run update_translations and resources/translations/fill_translations.py");
    }

    void switchingLanguageKeepsTheDocument()
    {
        ui::WindowHost host;
        host.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(host.window()));
        host.switchLanguage("en");
        QCOMPARE(menuTitles(host.window()), (QStringList{"&File", "&Edit", "&View", "&Help"}));
        ui::TensorDocument *document = host.document();
        document->setValue(0, 3.5);
        const QString path = QDir(m_settings.path()).filePath("lesson.json");
        QCOMPARE(host.window()->session()->saveTo(path), QString());
        document->setValue(1, 4.5);

        host.switchLanguage("zh_CN");
        QCoreApplication::processEvents();
        QCOMPARE(menuTitles(host.window()), (QStringList{"文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"}));
        QVERIFY(host.window()->isVisible());
        QCOMPARE(host.window()->document(), document);
        QCOMPARE(document->input().values[1], 4.5);
        QCOMPARE(document->undoStack()->count(), 2);
        QVERIFY(host.window()->isWindowModified());
        QCOMPARE(host.window()->session()->filePath(), path);
        QVERIFY(host.window()->windowTitle().contains("Softmax 探索器"));

        // The core's errors arrive in Chinese too.
        QSignalSpy refused(document, &ui::TensorDocument::editRefused);
        QVERIFY(!document->setExtents({64, 64, 2}));
        QCOMPARE(refused.first().first().toString(), QString("形状没有改变：张量最多只能有 4096 个元素，但这个形状更多。"));

        host.switchLanguage("zh_TW");
        QCoreApplication::processEvents();
        QCOMPARE(menuTitles(host.window()), (QStringList{"檔案(&F)", "編輯(&E)", "檢視(&V)", "說明(&H)"}));
        QCOMPARE(ui::language::current(), QString("zh_TW"));

        host.switchLanguage("en");
        QCoreApplication::processEvents();
        QCOMPARE(menuTitles(host.window()), (QStringList{"&File", "&Edit", "&View", "&Help"}));
        document->undoStack()->setClean();
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
