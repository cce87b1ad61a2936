#include "cliarguments.h"

#include "commandline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

namespace fuzz {

namespace {

/// Options that write files or draw widgets: the fuzzer leaves them out, so a run
/// touches nothing outside the process (file readers have their own targets).
bool touchesFiles(const QString &argument)
{
    for (const char *option : {"--render", "--view", "--size", "--input", "--export-npy", "--save-lesson"})
        if (argument.startsWith(QLatin1String(option)))
            return true;
    return false;
}

/// Runs the command line with stdout discarded and stderr captured.
int runCaptured(const QStringList &arguments, std::string &errors)
{
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = dup(STDOUT_FILENO);
    const int savedErr = dup(STDERR_FILENO);
    std::FILE *null = std::fopen("/dev/null", "w");
    std::FILE *captured = std::tmpfile();
    if (!null || !captured) {
        std::fprintf(stderr, "cannot redirect the command line's output\n");
        std::abort();
    }
    dup2(fileno(null), STDOUT_FILENO);
    dup2(fileno(captured), STDERR_FILENO);
    const int status = app::runCommandLine(arguments);
    std::fflush(stdout);
    std::fflush(stderr);
    dup2(savedOut, STDOUT_FILENO);
    dup2(savedErr, STDERR_FILENO);
    close(savedOut);
    close(savedErr);
    std::rewind(captured);
    errors.clear();
    for (int c; (c = std::fgetc(captured)) != EOF;)
        errors.push_back(static_cast<char>(c));
    std::fclose(captured);
    std::fclose(null);
    return status;
}

void require(bool property, const char *what, const QStringList &arguments, const std::string &errors)
{
    if (!property) {
        std::fprintf(stderr, "property broken: %s\narguments: %s\nstderr: %s\n", what,
                     qPrintable(arguments.join(QLatin1String(" | "))), errors.c_str());
        std::abort();
    }
}

} // namespace

int cliArguments(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "softmax-explorer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv); // the command line's own setting, as in main()

    QStringList arguments{QStringLiteral("softmax-explorer")};
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const QByteArray &line : bytes.split('\n'))
        arguments << QString::fromUtf8(line);
    if (arguments.size() > 33)
        return 0;
    for (const QString &argument : arguments)
        if (touchesFiles(argument))
            return 0;

    std::string errors;
    const int status = runCaptured(arguments, errors);
    require(status == 0 || status == 2, "the exit status is 0 or 2", arguments, errors);
    const std::size_t lastLine = errors.rfind('\n', errors.size() >= 2 ? errors.size() - 2 : 0);
    const std::string last = errors.substr(lastLine == std::string::npos ? 0 : lastLine + 1);
    if (status == 2) {
        require(last.rfind("softmax-explorer: error: ", 0) == 0 && !errors.empty() && errors.back() == '\n',
                "a refusal ends with one 'softmax-explorer: error:' line", arguments, errors);
        require(errors.find("softmax-explorer: error: ") == errors.size() - last.size(),
                "a refusal has exactly one error line", arguments, errors);
    } else {
        require(errors.find("error:") == std::string::npos, "success prints no error", arguments, errors);
    }
    return 0;
}

} // namespace fuzz
