// Nothing is lost when the app is killed. The test runs this executable again as
// the app: a child starts the real window the way main() does (WindowHost::start),
// a user's edits arrive, the autosave timer writes, and the test kills the child
// with SIGKILL. A second child is the restart: it answers the restore question
// and reports the document it ends up with.
#include "documentsession.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "tensordocument.h"
#include "windowhost.h"

#include <QApplication>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

namespace {

const char *const editAndWait = "--child-edit-and-wait";
const char *const editAndQuit = "--child-edit-and-quit";
const char *const restart = "--child-restart";

/// What a user does in the first run: types a value, picks dim 0, writes a note.
void editLikeAUser(ui::TensorDocument &document)
{
    document.setValueText(3, QStringLiteral("-5.5"));
    document.setDimChoice(ui::DimChoice::explicitDim(0));
    document.setNotes(QStringLiteral("written before the kill"));
}

/// One line a parent can compare: whether a restore was made, and the document.
QString report(bool restored, const ui::MainWindow &window)
{
    const ui::TensorDocument &document = *window.document();
    return QStringLiteral("restored=%1 x3=%2 dim=%3 notes=%4 modified=%5")
        .arg(restored)
        .arg(document.input().values[3])
        .arg(document.state().dim.dim)
        .arg(QString::fromStdString(document.state().notes).replace(' ', '_'))
        .arg(window.isWindowModified());
}

int runChild(const QString &mode, const QString &answer)
{
    ui::WindowHost host;
    if (mode == QLatin1String(restart)) {
        answerNextMessageBox(answer == QLatin1String("yes") ? QMessageBox::Yes : QMessageBox::No);
        host.window()->restoreLayout();
        host.window()->show();
        const bool restored = host.window()->session()->offerRestore();
        std::printf("%s\n", qPrintable(report(restored, *host.window())));
        return 0;
    }
    host.start();
    editLikeAUser(*host.document());
    std::printf("edited\n");
    std::fflush(stdout);
    if (mode == QLatin1String(editAndQuit)) {
        // A proper close after the autosave: Discard, and nothing is left behind.
        QTimer::singleShot(3000, [&host] {
            answerNextMessageBox(QMessageBox::Discard);
            host.window()->close();
        });
    }
    return QApplication::exec(); // edit-and-wait runs until it is killed
}

} // namespace

class TestCrashRecovery : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).removeRecursively();
        QDir().mkpath(m_home.path());
    }

    void aKilledAppOffersItsWorkBack()
    {
        QProcess app;
        startChild(app, {editAndWait});
        QVERIFY(app.waitForReadyRead(10000));
        QCOMPARE(app.readLine().trimmed(), QByteArray("edited"));
        // The autosave is written within a few seconds of the first change.
        QTRY_VERIFY_WITH_TIMEOUT(!autosaveFile().isEmpty(), 10000);
        QCOMPARE(app.state(), QProcess::Running);
        app.kill(); // SIGKILL: no close event, no clean-up
        QVERIFY(app.waitForFinished(5000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        QVERIFY(!autosaveFile().isEmpty());

        QCOMPARE(runRestart("yes"), QString("restored=1 x3=-5.5 dim=0 notes=written_before_the_kill modified=1"));
    }

    void decliningTheRestoreRemovesTheAutosave()
    {
        QProcess app;
        startChild(app, {editAndWait});
        QVERIFY(app.waitForReadyRead(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!autosaveFile().isEmpty(), 10000);
        app.kill();
        QVERIFY(app.waitForFinished(5000));

        // The default example: x[3] = 3 along dim 1, nothing to save.
        QCOMPARE(runRestart("no"), QString("restored=0 x3=3 dim=1 notes= modified=0"));
        QVERIFY(autosaveFile().isEmpty());
        QCOMPARE(runRestart("yes"), QString("restored=0 x3=3 dim=1 notes= modified=0")); // not asked again
    }

    void aProperCloseLeavesNothingToRestore()
    {
        QProcess app;
        startChild(app, {editAndQuit});
        QVERIFY(app.waitForFinished(15000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(autosaveFile().isEmpty());
        QCOMPARE(runRestart("yes"), QString("restored=0 x3=3 dim=1 notes= modified=0"));
    }

private:
    /// The children keep their settings and autosave in the test's own folders.
    void startChild(QProcess &process, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("XDG_DATA_HOME", m_home.filePath("data"));
        environment.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
        environment.insert("QT_QPA_PLATFORM", "offscreen");
        environment.insert("LANGUAGE", "en");
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(), arguments);
        QVERIFY(process.waitForStarted(5000));
    }

    QString runRestart(const QString &answer)
    {
        QProcess app;
        startChild(app, {restart, answer});
        if (!app.waitForFinished(15000))
            return QStringLiteral("the restarted app did not finish");
        return QString::fromUtf8(app.readAllStandardOutput()).trimmed();
    }

    QString autosaveFile() const
    {
        QDirIterator files(m_home.filePath("data"), {QStringLiteral("autosave.json")}, QDir::Files,
                           QDirIterator::Subdirectories);
        return files.hasNext() ? files.next() : QString();
    }

    QTemporaryDir m_home;
};

int main(int argc, char *argv[])
{
    if (argc > 1 && QByteArray(argv[1]).startsWith("--child-")) {
        QApplication application(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("softmax-explorer"));
        QCoreApplication::setOrganizationName(QStringLiteral("Softmax Explorer"));
        return runChild(QString::fromLocal8Bit(argv[1]), argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString());
    }
    QApplication application(argc, argv);
    TestCrashRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
