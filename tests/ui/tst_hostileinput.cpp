// The catalogue of hostile and broken input, for every entry point: the command
// line, files (on the command line and opened in the window), pasted text and
// typed cells. Every row must be refused with a message naming what is wrong —
// exit status 2 and one error line on the command line, a visible message in the
// window — and leave the document as it was.
//
// Bounds: each command-line run goes through tests/tools/peakrss, which gives it
// 10 s of CPU (a hang fails the row instead of stalling the suite) and reports
// its peak resident size; that must stay within a few MB of a normal run's
// (not checked under ASan, whose shadow memory and quarantine dwarf the figure).
#include "documentsession.h"
#include "gridinput.h"
#include "mainwindow.h"
#include "messageboxes.h"
#include "tensordocument.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

namespace {

/// A NumPy file with a version 1.0 header for `descr` and `shape`, then `data`.
QByteArray npy(const QByteArray &descr, const QByteArray &shape, const QByteArray &data, char major = 1)
{
    QByteArray header = "{'descr': " + descr + ", 'fortran_order': False, 'shape': " + shape + ", }";
    header += QByteArray(63 - (10 + header.size()) % 64, ' ') + '\n';
    QByteArray file("\x93NUMPY", 6);
    file += major;
    file += '\0';
    file += char(header.size() & 0xff);
    file += char(header.size() >> 8);
    return file + header + data;
}

QByteArray repeated(const QByteArray &part, int times, const QByteArray &separator = ",")
{
    QByteArrayList parts;
    for (int i = 0; i < times; ++i)
        parts << part;
    return parts.join(separator);
}

struct HostileFile {
    const char *name;   ///< the file name: its extension matters to the reader
    QByteArray bytes;
    const char *message; ///< what the refusal must say
};

/// Files a stranger might send: broken, truncated, trailing, oversized, of the
/// wrong kind, or shaped beyond the app's limits.
std::vector<HostileFile> hostileFiles()
{
    const QByteArray lesson = R"({"format": "softmax-explorer-lesson", "version": 1, )";
    const QByteArray zeros8(8, '\0');
    return {
        // .npy
        {"truncated-header.npy", QByteArray("\x93NUMPY\x01\x00\x76\x00{'descr'", 17), "the .npy file ends inside its header"},
        {"truncated-data.npy", npy("'<f4'", "(4,)", zeros8), "the .npy data is truncated: shape (4,) needs 16 bytes, but the file has 8"},
        {"trailing.npy", npy("'<f4'", "(2,)", zeros8 + "junk"), "the .npy file has 4 bytes after the data for shape (2,)"},
        {"pickle.npy", npy("'|O'", "(2,)", "\x80\x02]q\x00."), "the .npy file holds Python objects (a pickle)"},
        {"structured.npy", npy("[('a', '<f4')]", "(2,)", zeros8), "the .npy file holds a structured dtype (named fields)"},
        {"complex.npy", npy("'<c8'", "(2,)", QByteArray(16, '\0')), "the .npy file holds complex numbers"},
        {"rank5.npy", npy("'<f4'", "(1, 1, 1, 1, 1)", QByteArray(4, '\0')), "rank must be 1 to 4, but the shape has 5 dims"},
        {"zero-extent.npy", npy("'<f4'", "(0,)", {}), "extent of dim 0 must be 1 to 64, but got 0"},
        {"product-overflow.npy", npy("'<f4'", "(4294967296, 4294967296)", {}), "extent of dim 0 must be 1 to 64, but got 4294967296"},
        {"negative-extent.npy", npy("'<f4'", "(-1,)", {}), "expected a dimension"},
        {"version9.npy", npy("'<f4'", "(1,)", QByteArray(4, '\0'), 9), "unsupported .npy format version 9.0"},
        {"header-past-end.npy", QByteArray("\x93NUMPY\x01\x00\xff\xff{'descr': '<f4'", 25), "the .npy file ends inside its header"},
        {"code-in-header.npy", npy("__import__('os')", "(1,)", QByteArray(4, '\0')), "expected a quoted string"},
        // lessons
        {"empty.json", {}, "line 1, column 1: expected a value, found the end of the text"},
        {"unclosed.json", "{", "expected a quoted key, found the end of the text"},
        {"trailing.json", lesson + R"("shape": [2], "values": [1, 2]} x)", "expected the end of the document, found 'x'"},
        {"deeply-nested.json", lesson + R"("shape": [2], "values": )" + QByteArray(100000, '['), "nested more than 32 levels deep, found '[[[[[[[[[[[['"},
        {"wrong-count.json", lesson + R"("shape": [3], "values": [1, 2]})", "shape (3,) needs 3 values, but 2 were given"},
        {"zero-extent.json", lesson + R"("shape": [0], "values": []})", "extent of dim 0 must be 1 to 64, but got 0"},
        {"negative-extent.json", lesson + R"("shape": [-2], "values": [1, 2]})", "extent of dim 0 must be 1 to 64, but got -2"},
        {"rank5.json", lesson + R"("shape": [1, 1, 1, 1, 1], "values": [1]})", "rank must be 1 to 4, but the shape has 5 dims"},
        {"product-overflow.json", lesson + R"("shape": [4294967296, 4294967296], "values": [1]})", "extent of dim 0 must be 1 to 64, but got 4294967296"},
        {"huge-extent.json", lesson + R"("shape": [1e300], "values": [1]})", "lesson field \"shape\": expected an integer"},
        {"too-many.json", lesson + R"("shape": [64, 64, 2], "values": [1]})", "a tensor may hold at most 4096 elements"},
        {"dim-out-of-range.json", lesson + R"("shape": [2], "values": [1, 2], "dim": 5})", "Dimension out of range (expected to be in range of [-1, 0], but got 5)"},
        {"zero-temperature.json", lesson + R"("shape": [2], "values": [1, 2], "temperature": 0})", "temperature must be a finite number > 0, but got 0"},
        {"negative-temperature.json", lesson + R"("shape": [2], "values": [1, 2], "temperature": -1})", "temperature must be a finite number > 0, but got -1"},
        {"infinite-temperature.json", lesson + R"("shape": [2], "values": [1, 2], "temperature": 1e400})", "temperature must be a finite number > 0, but got inf"},
        {"text-temperature.json", lesson + R"("shape": [2], "values": [1, 2], "temperature": "nan"})", "lesson field \"temperature\": expected a number"},
        {"text-value.json", lesson + R"("shape": [2], "values": [1, "x"]})", "lesson field \"values\": expected a number or \"nan\""},
        {"other-format.json", R"({"format": "something-else", "version": 1})", "lesson field \"format\": expected \"softmax-explorer-lesson\""},
        {"future-version.json", R"({"format": "softmax-explorer-lesson", "version": 99})", "version 99 is not supported"},
        {"invalid-utf8.json", lesson + R"("shape": [1], "values": [1], "notes": ")" + "\xff\xfe\"}", "the text is not valid UTF-8"},
        // text tensors
        {"empty.txt", {}, "expected '[' to start a nested list, found end of text"},
        {"not-a-number.txt", "[1, x]", "line 1, column 5: expected a number, found 'x]'"},
        {"ragged.txt", "[[1, 2], [3]]", "ragged lists"},
        {"deeply-nested.txt", QByteArray(100000, '['), "lists nested deeper than 4 levels (rank is at most 4)"},
        {"rank5.txt", "[[[[[1]]]]]", "lists nested deeper than 4 levels (rank is at most 4)"},
        {"empty-list.txt", "[]", "empty list (every extent must be at least 1)"},
        {"long-list.txt", "[" + repeated("1", 65) + "]", "more than 64 items in one list"},
        {"too-many.txt", "[" + repeated("[" + repeated("1", 64) + "]", 65) + "]", "more than 4096 values"},
        {"invalid-utf8.txt", "[1, \xff]", "expected a number or '[', found '\\xff]'"},
        {"chinese.txt", "[1, 一]", "expected a number or '[', found '一]'"},
        {"complex.txt", "tensor([1.+2.j, 3.+0.j])", "expected a number, found '1.+2.j"},
        {"trailing.txt", "[1, 2] 3", "expected the end of the text, found '3'"},
        {"nul-byte.txt", QByteArray("[1, 2\0, 3]", 10), "expected ',' or ']', found '\\x00, 3]'"},
        {"oversized.txt", repeated("1", 3 << 20, ", "), "is larger than 4 MiB"},
    };
}

struct HostileArguments {
    const char *name;
    QStringList arguments;
    const char *message;
};

/// Bad options and values on the command line.
std::vector<HostileArguments> hostileArguments()
{
    const QStringList vector = {"--print", "--preset", "vector-1234"};
    return {
        {"unknown option", {"--print", "--bogus"}, "Unknown option 'bogus'."},
        {"positional", {"--print", "--preset", "vector-1234", "extra"}, "unexpected argument 'extra'"},
        {"no tensor", {"--print"}, "no tensor given"},
        {"two tensors", {"--print", "--preset", "vector-1234", "--fill", "ones", "--shape", "2"}, "give only one of"},
        {"shape 0", {"--print", "--shape", "0", "--fill", "ones"}, "extent of dim 0 must be 1 to 64, but got 0"},
        {"negative shape", {"--print", "--shape", "-1", "--fill", "ones"}, "extent of dim 0 must be 1 to 64, but got -1"},
        {"rank 5", {"--print", "--shape", "1,1,1,1,1", "--fill", "ones"}, "rank must be 1 to 4, but the shape has 5 dims"},
        {"product overflow", {"--print", "--shape", "9223372036854775807,9223372036854775807", "--fill", "ones"}, "extent of dim 0 must be 1 to 64"},
        {"integer overflow", {"--print", "--shape", "99999999999999999999", "--fill", "ones"}, "--shape expects an integer"},
        {"too many elements", {"--print", "--shape", "64,64,2", "--fill", "ones"}, "a tensor may hold at most 4096 elements"},
        {"shape text", {"--print", "--shape", "2x3", "--fill", "ones"}, "--shape expects an integer, but got '2x3'"},
        {"many shape entries", {"--print", "--shape", QString("1,").repeated(40) + "1", "--fill", "ones"}, "--shape has too many entries"},
        {"wrong count", {"--print", "--shape", "3", "--values", "1 2"}, "shape (3,) needs 3 values, but 2 were given"},
        {"not a number", {"--print", "--shape", "2", "--values", "1 x"}, "value 2 ('x', at character 3) is not a number"},
        {"empty values", {"--print", "--shape", "2", "--values", ""}, "no values given"},
        {"invalid utf-8", {"--print", "--shape", "2", "--values", QString::fromLocal8Bit("1 \xff")}, "value 2"},
        {"huge values", {"--print", "--shape", "2", "--values", QString(100000, '[')}, "is not a number"}, // Linux allows 128 kB per argument
        {"dim out of range", {"--print", "--shape", "2", "--values", "1 2", "--dim", "1"}, "Dimension out of range (expected to be in range of [-1, 0], but got 1)"},
        {"dim below range", vector + QStringList{"--dim", "-2"}, "Dimension out of range (expected to be in range of [-1, 0], but got -2)"},
        {"dim text", vector + QStringList{"--dim", "a"}, "--dim expects an integer, but got 'a'"},
        {"T 0", vector + QStringList{"--temperature", "0"}, "temperature must be a finite number > 0, but got 0"},
        {"T negative", vector + QStringList{"--temperature", "-1"}, "temperature must be a finite number > 0, but got -1"},
        {"T nan", vector + QStringList{"--temperature", "nan"}, "temperature must be a finite number > 0, but got nan"},
        {"T inf", vector + QStringList{"--temperature", "inf"}, "temperature must be a finite number > 0, but got inf"},
        {"T text", vector + QStringList{"--temperature", "warm"}, "--temperature expects a number, but got 'warm'"},
        {"dtype", vector + QStringList{"--dtype", "float16"}, "unknown dtype 'float16' (expected float32 or float64)"},
        {"fill", {"--print", "--shape", "2", "--fill", "random"}, "unknown fill 'random'"},
        {"seed without randn", {"--print", "--shape", "2", "--fill", "ones", "--seed", "3"}, "--seed only applies to --fill randn"},
        {"preset", {"--print", "--preset", "nope"}, "unknown preset 'nope'"},
        {"select out of bounds", vector + QStringList{"--select", "9"}, "--select: index 9 is out of bounds for dim 0 with size 4"},
        {"explain count", {"--explain", "1,2", "--preset", "vector-1234", "--dim", "0"}, "--explain needs 1 indices for shape (4,), but got 2"},
        {"code", vector + QStringList{"--code", "cobol"}, "unknown framework 'cobol'"},
        {"size without render", vector + QStringList{"--size", "10x10"}, "--view and --size only apply to --render"},
        {"render extension", vector + QStringList{"--render", "out.gif"}, "--render needs a file ending in .png, .svg or .pdf"},
        {"render size", vector + QStringList{"--render", "out.png", "--size", "10x10"}, "--size expects WIDTHxHEIGHT"},
        {"render view", vector + QStringList{"--render", "out.png", "--view", "side"}, "unknown view 'side'"},
        {"missing file", {"--print", "--input", "/nonexistent/x.json"}, "cannot read '/nonexistent/x.json'"},
        {"a folder", {"--print", "--input", "/tmp"}, "cannot read '/tmp': file to open is a directory"},
        {"an endless device", {"--print", "--input", "/dev/zero"}, "'/dev/zero' is larger than 4 MiB"},
    };
}

struct HostileCell {
    const char *name;
    QString text;
};

/// Texts typed into a cell; each is refused as "“text” is not a number".
std::vector<HostileCell> hostileCells()
{
    return {{"word", "five"},          {"half exponent", "1e"},     {"two numbers", "1 2"},
            {"hex", "0x10"},           {"double minus", "--1"},     {"decimal comma", "1,5"},
            {"fullwidth digits", "１２"}, {"chinese", "五"}, {"nan payload", "nan(1)"}, {"misspelt inf", "infinityy"},
            {"long", QString(300, '1') + 'x'}};
}

QString visibleLabels(const QWidget &window)
{
    QString texts;
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisible())
            texts += label->text() + '\n';
    return texts;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool underAddressSanitizer = true;
#else
constexpr bool underAddressSanitizer = false;
#endif

} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A normal run sets the memory baseline the hostile ones are held to.
        const Run normal = runCommandLine({"--print", "--shape", "64,64", "--fill", "randn", "--dim", "1"});
        QCOMPARE(normal.status, 0);
        m_baselineKilobytes = normal.peakKilobytes;
        QVERIFY(m_baselineKilobytes > 0);
        qInfo("a normal run peaks at %ld kB", m_baselineKilobytes);
        qInfo("catalogue: %zu files, %zu argument lists, %zu cell texts, %zu pasted texts", hostileFiles().size(),
              hostileArguments().size(), hostileCells().size(), pastedTexts().size());
    }

    void cleanupTestCase()
    {
        qInfo("the most a hostile command line grew the peak resident size by: %ld kB", m_largestGrowthKilobytes);
    }

    void init()
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_document = m_window->document();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_document->setValue(0, 0.5); // something to keep: one undo step,
        m_document->undoStack()->setClean(); // saved, so opening a file asks nothing first
        m_before = m_document->state();
    }

    void cleanup()
    {
        m_document->undoStack()->setClean();
        m_window.reset();
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        for (const HostileArguments &row : hostileArguments())
            QTest::newRow(row.name) << row.arguments << row.message;
        for (const HostileFile &file : hostileFiles())
            QTest::newRow(file.name) << QStringList{"--print", "--dim", "0", "--input", writeFile(file)} << file.message;
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCommandLine(arguments);
        QCOMPARE(run.status, 2);
        QCOMPARE(run.out, QByteArray());
        const QStringList lines = QString::fromUtf8(run.err).split('\n', Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty() && lines.last().startsWith("softmax-explorer: error: "), run.err.constData());
        QCOMPARE(lines.filter("error:").size(), 1);
        QVERIFY2(lines.last().contains(message), qPrintable(lines.last()));
        QVERIFY(!QFile::exists(m_files.filePath("out.png"))); // a refused render writes nothing
        if (!underAddressSanitizer) {
            const long grownKilobytes = run.peakKilobytes - m_baselineKilobytes;
            m_largestGrowthKilobytes = std::max(m_largestGrowthKilobytes, grownKilobytes);
            QVERIFY2(grownKilobytes < 12 * 1024, qPrintable(QString("peak resident size grew by %1 kB").arg(grownKilobytes)));
        }
    }

    void openFileInTheWindow_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        for (const HostileFile &file : hostileFiles())
            QTest::newRow(file.name) << writeFile(file) << file.message;
    }

    void openFileInTheWindow()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QString shown;
        answerNextMessageBox(QMessageBox::Ok, &shown);
        QVERIFY(!m_window->openFile(path));
        QVERIFY2(shown.contains(message), qPrintable(shown));
        QVERIFY2(visibleLabels(*m_window).contains(message), qPrintable(visibleLabels(*m_window)));
        verifyUntouched();
    }

    void paste_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        for (const auto &[name, text, message] : pastedTexts())
            QTest::newRow(name.toUtf8()) << text << message;
    }

    void paste()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QApplication::clipboard()->setText(text);
        QTest::keySequence(m_window.get(), QKeySequence::Paste);
        const QString labels = visibleLabels(*m_window);
        QVERIFY2(labels.contains("Nothing was pasted") && labels.contains(message), qPrintable(labels.left(500)));
        verifyUntouched();
    }

    void typeIntoACell_data()
    {
        QTest::addColumn<QString>("text");
        for (const HostileCell &cell : hostileCells())
            QTest::newRow(cell.name) << cell.text;
    }

    void typeIntoACell()
    {
        QFETCH(QString, text);
        ui::TensorGridView *input = m_window->inputView();
        clickElement(input, 5);
        if (text.toLatin1() == text.toUtf8()) {
            typeIntoCell(input, text);
        } else {
            // What an input method (a Chinese IME, say) delivers: one committed string.
            QTest::keyClick(input, Qt::Key_F2);
            auto *editor = input->findChild<QLineEdit *>();
            QVERIFY(editor && editor->isVisible());
            QInputMethodEvent commit;
            commit.setCommitString(text);
            QApplication::sendEvent(editor, &commit);
            QTest::keyClick(editor, Qt::Key_Return);
        }
        QTRY_VERIFY(visibleLabels(*m_window).contains("“" + text + "” is not a number"));
        verifyUntouched();
    }

private:
    struct Run {
        int status = -1;
        QByteArray out;
        QByteArray err;
        long peakKilobytes = 0;
    };

    struct Pasted {
        QString name;
        QString text;
        QString message;
    };

    /// The text files' contents, pasted: the same refusals without a file name
    /// (the size limit is for files only).
    static std::vector<Pasted> pastedTexts()
    {
        std::vector<Pasted> texts;
        for (const HostileFile &file : hostileFiles())
            // The size limit is for files; the clipboard holds Unicode, so it has no invalid UTF-8.
            if (QByteArray(file.name).endsWith(".txt") && QByteArray(file.name) != "oversized.txt"
                && QByteArray(file.name) != "invalid-utf8.txt")
                texts.push_back({file.name, QString::fromUtf8(file.bytes), file.message});
        return texts;
    }

    Run runCommandLine(const QStringList &arguments)
    {
        const QString report = m_files.filePath("peak.txt");
        QProcess process;
        process.setWorkingDirectory(m_files.path());
        process.start(PEAKRSS_BINARY, QStringList{report, "10", SOFTMAX_EXPLORER_BINARY} + arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.status = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        QFile peak(report);
        if (peak.open(QIODevice::ReadOnly))
            run.peakKilobytes = peak.readAll().trimmed().toLong();
        return run;
    }

    QString writeFile(const HostileFile &file)
    {
        const QString path = m_files.filePath(file.name);
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(file.bytes);
        return path;
    }

    void verifyUntouched()
    {
        QVERIFY(ui::sameState(m_document->state(), m_before));
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->index(), 1);
        QVERIFY(!m_window->isWindowModified());
    }

    QTemporaryDir m_files;
    long m_baselineKilobytes = 0;
    long m_largestGrowthKilobytes = 0;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::TensorDocument *m_document = nullptr;
    ui::DocumentState m_before;
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
