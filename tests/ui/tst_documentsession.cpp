// Files in the window: open, save, recent files, the unsaved-changes question,
// autosave and restore, paste and copy, the code and notes tabs, export.
#include "codepanel.h"
#include "documentfiles.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "notespanel.h"
#include "tensordocument.h"
#include "widgetrender.h"

#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>
#include <csignal>

#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

/// A disk of a few KiB (a tmpfs on a temporary folder) that a test can fill up or
/// turn read-only. Mounting needs root or CAP_SYS_ADMIN; mounted() says if it worked.
class TinyDisk {
public:
    explicit TinyDisk(int kibibytes)
    {
        const QByteArray options = "size=" + QByteArray::number(kibibytes) + "k";
        m_mounted = m_folder.isValid() && ::mount("tmpfs", path().constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~TinyDisk()
    {
        if (m_mounted)
            ::umount2(path().constData(), MNT_DETACH);
    }
    TinyDisk(const TinyDisk &) = delete;
    TinyDisk &operator=(const TinyDisk &) = delete;

    bool mounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_folder.filePath(name); }
    QStringList files() const { return QDir(m_folder.path()).entryList(QDir::Files | QDir::Hidden); }

    /// Writes a filler file until the disk is full.
    void fill()
    {
        QFile filler(filePath("filler"));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return;
        const QByteArray block(512, 'x');
        while (filler.write(block) == block.size()) {
        }
    }
    bool remountReadOnly() { return ::mount("tmpfs", path().constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0; }

private:
    QByteArray path() const { return QFile::encodeName(m_folder.path()); }

    QTemporaryDir m_folder;
    bool m_mounted = false;
};

QString labelTexts(const QWidget &window)
{
    QString texts;
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisible())
            texts += label->text() + '\n';
    return texts;
}

} // namespace

class TestDocumentSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // autosave and settings in a test location
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QFile::remove(ui::DocumentSession::autosavePath());
    }

    void init()
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_document = m_window->document();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_document->undoStack()->setClean(); // no question on close
        m_window.reset();
        QFile::remove(ui::DocumentSession::autosavePath());
    }

    void saveAndOpenALesson()
    {
        m_document->setDimChoice(ui::DimChoice::explicitDim(3));
        m_document->setNotes("Ask: which elements share x₆'s denominator?");
        m_document->selectElement(5);
        QVERIFY(m_window->isWindowModified());
        const QString path = m_files.filePath("lesson.json");
        QCOMPARE(m_window->session()->saveTo(path), QString());
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->windowTitle(), QString("lesson.json[*] — Softmax Explorer"));

        m_document->setValue(0, 42);
        answerNextMessageBox(QMessageBox::Discard); // opening asks about the unsaved edit
        QVERIFY(m_window->openFile(path));
        QCOMPARE(m_document->input().values[0], 0.0);
        QCOMPARE(m_document->state().dim, ui::DimChoice::explicitDim(3));
        QCOMPARE(m_document->state().notes, std::string("Ask: which elements share x₆'s denominator?"));
        QCOMPARE(m_document->selectedElement(), 5);
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->session()->recentFiles().first(), QFileInfo(path).absoluteFilePath());
    }

    void cancelKeepsTheDocument()
    {
        m_document->setValue(0, 42);
        const QString path = m_files.filePath("other.json");
        QCOMPARE(ui::DocumentFiles::saveLesson(path, ui::DocumentState{core::Tensor::fromValues(core::Shape::checked({2}), {1, 2}),
                                                                       ui::DimChoice::explicitDim(0), core::Op::Softmax, 1.0, {}}, 0),
                 QString());
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!m_window->openFile(path) || m_document->input().values[0] == 42.0);
        QCOMPARE(m_document->input().values[0], 42.0);
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!m_window->close()); // closing asks too, and Cancel keeps the window
        QVERIFY(m_window->isVisible());
    }

    void badFilesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("lesson with a bad dim") << QByteArray(R"({"format": "softmax-explorer-lesson", "version": 1, "shape": [2], "values": [1, 2], "dim": 5})")
                                               << "bad.json" << "Dimension out of range";
        QTest::newRow("truncated npy") << QByteArray("\x93NUMPY\x01\x00\x76\x00{'descr'", 17) << "bad.npy"
                                       << "the .npy file ends inside its header";
        QTest::newRow("ragged text") << QByteArray("[[1, 2], [3]]") << "bad.txt" << "line 1";
    }

    void badFilesAreRefusedAndChangeNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString path = m_files.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const std::vector<double> before = m_document->input().values;
        answerNextMessageBox(QMessageBox::Ok); // the warning
        QVERIFY(!m_window->openFile(path));
        QCOMPARE(m_document->input().values, before);
        QVERIFY2(labelTexts(*m_window).contains(message), qPrintable(labelTexts(*m_window)));
    }

    void aFailedSaveKeepsTheDocumentModified()
    {
        m_document->setValue(0, 7);
        const QString error = m_window->session()->saveTo(m_files.filePath("no/such/folder/lesson.json"));
        QVERIFY(error.startsWith("cannot write"));
        QVERIFY(m_window->isWindowModified());

        if (geteuid() == 0)
            QSKIP("a read-only folder does not stop root; aReadOnlyDiskKeepsTheOldFile covers it with a read-only mount");
        QTemporaryDir folder;
        const QString path = QDir(folder.path()).filePath("kept.json");
        QCOMPARE(m_window->session()->saveTo(path), QString());
        const QByteArray old = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        m_document->setValue(0, 8);
        QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner);
        QVERIFY(!m_window->session()->saveTo(path).isEmpty());
        QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), old);
        QVERIFY(m_window->isWindowModified());
    }

    void aFullDiskKeepsTheOldFileAndTheChanges()
    {
        TinyDisk disk(64);
        if (!disk.mounted())
            QSKIP("mounting a tmpfs needs root (CAP_SYS_ADMIN); aFileSizeLimitKeepsTheOldFile covers a failing write");
        const QString path = disk.filePath("lesson.json");
        m_document->setValue(0, 7);
        QCOMPARE(m_window->session()->saveTo(path), QString());
        const QByteArray old = fileBytes(path);
        disk.fill();

        QVERIFY(m_document->setExtents({64, 64})); // about 40 KiB of lesson: it cannot fit
        m_document->fill(core::Fill::Randn, 3);
        QString message;
        answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!m_window->session()->save()); // File ▸ Save, as the user does it
        QVERIFY2(message.startsWith("The lesson was not saved: cannot write"), qPrintable(message));
        QVERIFY2(message.contains("No space left on device"), qPrintable(message));
        QCOMPARE(fileBytes(path), old);
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(disk.files(), (QStringList{"filler", "lesson.json"})); // no half-written file left
        QCOMPARE(m_document->input().numel(), std::size_t(4096)); // the changes are still there
    }

    void aReadOnlyDiskKeepsTheOldFile()
    {
        TinyDisk disk(64);
        if (!disk.mounted())
            QSKIP("mounting a tmpfs needs root (CAP_SYS_ADMIN); aFailedSaveKeepsTheDocumentModified covers a read-only folder");
        const QString path = disk.filePath("lesson.json");
        QCOMPARE(m_window->session()->saveTo(path), QString());
        const QByteArray old = fileBytes(path);
        QVERIFY(disk.remountReadOnly()); // even root cannot write now
        m_document->setValue(0, 8);
        const QString error = m_window->session()->saveTo(path);
        QVERIFY2(error.startsWith("cannot write '" + path + "': Existing file"), qPrintable(error));
        QVERIFY2(error.endsWith("is not writable"), qPrintable(error));
        QCOMPARE(fileBytes(path), old);
        QVERIFY(m_window->isWindowModified());
    }

    void aFileSizeLimitKeepsTheOldFile()
    {
        // A device that fails part-way through a write, for any user: the file
        // size limit (RLIMIT_FSIZE) stops the save after a few hundred bytes.
        const QString path = m_files.filePath("limited.json");
        QCOMPARE(m_window->session()->saveTo(path), QString());
        const QByteArray old = fileBytes(path);
        QVERIFY(m_document->setExtents({64, 64}));
        m_document->fill(core::Fill::Randn, 5);

        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
        rlimit limited = saved;
        limited.rlim_cur = rlim_t(old.size() + 256);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const QString error = m_window->session()->saveTo(path);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY2(error.startsWith("cannot write"), qPrintable(error));
        QCOMPARE(fileBytes(path), old);
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(QDir(m_files.path()).entryList({"limited*"}, QDir::Files | QDir::Hidden), QStringList{"limited.json"});
    }

    void recentFilesDropMissingOnes()
    {
        const QString gone = m_files.filePath("gone.json");
        QCOMPARE(m_window->session()->saveTo(gone), QString());
        const QString kept = m_files.filePath("kept.json");
        QCOMPARE(m_window->session()->saveTo(kept), QString());
        QFile::remove(gone);
        const QStringList recent = m_window->session()->recentFiles();
        QVERIFY(recent.contains(QFileInfo(kept).absoluteFilePath()));
        QVERIFY(!recent.contains(QFileInfo(gone).absoluteFilePath()));
    }

    void autosaveAndRestore()
    {
        m_document->setValue(3, -5.5);
        m_window->session()->autosaveNow();
        QVERIFY(QFile::exists(ui::DocumentSession::autosavePath()));
        // A new start (as after a crash) offers the work back.
        ui::MainWindow next;
        answerNextMessageBox(QMessageBox::Yes);
        QVERIFY(next.session()->offerRestore());
        QCOMPARE(next.document()->input().values[3], -5.5);
        QVERIFY(next.isWindowModified());
        next.document()->undoStack()->setClean();
        // A clean document leaves no autosave behind.
        m_document->undoStack()->setClean();
        m_window->session()->autosaveNow();
        QVERIFY(!QFile::exists(ui::DocumentSession::autosavePath()));
    }

    void dropAFile()
    {
        const QString path = m_files.filePath("dropped.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("tensor([[1., 2., 3.]])");
        file.close();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        // What a drag from a file manager delivers: enter, then drop, on the central area.
        QWidget *target = m_window->centralWidget();
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QCOMPARE(m_document->input().shape.extents(), (std::vector<int>{1, 3}));
    }

    void pasteAndCopy()
    {
        QApplication::clipboard()->setText("tensor([[ 1.0000e-03,         nan],\n        [       -inf,  2.5000e+01]])");
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QCOMPARE(m_document->input().shape.extents(), (std::vector<int>{2, 2}));
        QCOMPARE(m_document->input().values[3], 25.0);
        QCOMPARE(m_document->undoStack()->undoText(), QString("Paste tensor"));

        QApplication::clipboard()->setText("[[1, 2], [3]]");
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QCOMPARE(m_document->input().shape.extents(), (std::vector<int>{2, 2})); // unchanged
        QVERIFY(labelTexts(*m_window).contains("Nothing was pasted: the pasted text: line 1"));

        m_document->undoStack()->undo();
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        // PyTorch prints F.softmax(arange(12).reshape(1,3,2,2), dim=1) starting with:
        QVERIFY(QApplication::clipboard()->text().startsWith("tensor([[[[3.2932e-04, 3.2932e-04],"));
    }

    void pastesEveryPrintFormat_data()
    {
        // Texts as PyTorch 1.13 prints them (int mode, fixed, scientific, specials,
        // float64 suffix, rank 3 blocks) and a plain nested list.
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("dtype");
        QTest::newRow("int mode") << "tensor([[0., 1.],\n        [2., 3.]])" << QList<double>{0, 1, 2, 3} << 0;
        QTest::newRow("fixed") << "tensor([0.0321, 0.0871, 0.2369, 0.6439])"
                               << QList<double>{0.0321, 0.0871, 0.2369, 0.6439} << 0;
        QTest::newRow("scientific") << "tensor([3.2932e-04, 1.7980e-02, 9.8169e-01])"
                                    << QList<double>{3.2932e-04, 1.7980e-02, 9.8169e-01} << 0;
        QTest::newRow("specials") << "tensor([   nan,    inf,   -inf, 1.0000])" << QList<double>{NAN, INFINITY, -INFINITY, 1}
                                  << 0;
        QTest::newRow("float64") << "tensor([[-1.3002,  0.5913]], dtype=torch.float64)" << QList<double>{-1.3002, 0.5913}
                                 << 1;
        QTest::newRow("rank 3") << "tensor([[[0., 1.]],\n\n        [[2., 3.]]])" << QList<double>{0, 1, 2, 3} << 0;
        QTest::newRow("nested list") << "[[1, 2.5], [-3, 1e3]]" << QList<double>{1, 2.5, -3, 1000} << 0;
    }

    void pastesEveryPrintFormat()
    {
        QFETCH(QString, text);
        QFETCH(QList<double>, values);
        QFETCH(int, dtype);
        QApplication::clipboard()->setText(text);
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        QCOMPARE(int(m_document->input().numel()), int(values.size()));
        QCOMPARE(int(m_document->input().dtype), dtype);
        for (int i = 0; i < values.size(); ++i) {
            const double got = m_document->input().values[std::size_t(i)];
            const double want = core::roundToDType(values[i], core::DType(dtype));
            QVERIFY(std::isnan(want) ? std::isnan(got) : got == want);
        }
    }

    void codeTabShowsTheProgram()
    {
        auto *code = m_window->findChild<ui::CodePanel *>();
        QVERIFY(code);
        QVERIFY(code->code().contains("y = F.softmax(x, dim=1)"));
        code->setFramework(1);
        QVERIFY(code->code().contains("y = softmax(x, axis=-3)  # dim=1"));
        m_document->setOp(core::Op::LogSoftmax);
        code->setFramework(2);
        QVERIFY(code->code().contains("tf.nn.log_softmax(x, axis=-3)"));
    }

    void notesAreUndoable()
    {
        auto *notes = m_window->findChild<ui::NotesPanel *>();
        QVERIFY(notes);
        notes->setFocus();
        QTest::keyClicks(notes, "Dim 1");
        QCOMPARE(m_document->state().notes, std::string("Dim 1"));
        QCOMPARE(m_document->undoStack()->count(), 1); // typing is one step
        m_document->undoStack()->undo();
        QCOMPARE(notes->toPlainText(), QString());
    }

    void exportWithTitleAndScale()
    {
        const QString path = m_files.filePath("main.png");
        QCOMPARE(ui::renderView(ui::RenderedView::Main, m_document->state(), 0, QSize(1100, 760), path, 2.0), QString());
        QImage image(path);
        QCOMPARE(image.size(), QSize(2200, 1520));
        QCOMPARE(ui::exportTitle(m_document->state()), QString("softmax(x, dim=1) · shape (1, 3, 2, 2) · float32"));
    }

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::TensorDocument *m_document = nullptr;
};

QTEST_MAIN(TestDocumentSession)
#include "tst_documentsession.moc"
