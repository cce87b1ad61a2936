#include "commandline.h"

#include "documentfiles.h"
#include "documentstate.h"
#include "presettext.h"
#include "steptext.h"
#include "widgetrender.h"

#include "codegen.h"
#include "dims.h"
#include "error.h"
#include "jsonexport.h"
#include "numberparser.h"
#include "presets.h"
#include "pytorchprinter.h"
#include "steptrace.h"
#include "tensortextparser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSize>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <iterator>

namespace app {

namespace {



/// A refusal of the command line: the message becomes the one error line.
struct UsageError {
    std::string message;
};

[[noreturn]] void refuse(const QString &message)
{
    throw UsageError{message.toStdString()};
}

std::int64_t parseInteger(const QString &text, const QString &what)
{
    const std::string utf8 = text.trimmed().toStdString();
    std::int64_t value = 0;
    const char *begin = utf8.data();
    const char *end = utf8.data() + utf8.size();
    if (begin != end && *begin == '+')
        ++begin;
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (begin == end || error != std::errc() || stop != end)
        refuse(QCoreApplication::translate("cli", "%1 expects an integer, but got '%2'").arg(what, text));
    return value;
}

std::vector<std::int64_t> parseIntegerList(const QString &text, const QString &what)
{
    std::vector<std::int64_t> values;
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() > 16)
        refuse(QCoreApplication::translate("cli", "%1 has too many entries").arg(what));
    for (const QString &part : parts)
        values.push_back(parseInteger(part, what));
    return values;
}


struct Request {
    ui::DocumentState state;
    int selected = 0;

    const core::Tensor &input() const { return state.tensor; }
    core::SoftmaxSpec spec() const { return state.spec(); }
    bool implicitDim() const { return state.dim.mode == ui::DimChoice::Mode::Implicit; }
};

/// "1280x800" → QSize, within what a screen or a slide can use.
QSize parseSize(const QString &text)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    if (parts.size() == 2) {
        bool widthOk = false;
        bool heightOk = false;
        const int width = parts[0].trimmed().toInt(&widthOk);
        const int height = parts[1].trimmed().toInt(&heightOk);
        if (widthOk && heightOk && width >= 320 && width <= 7680 && height >= 240 && height <= 4320)
            return {width, height};
    }
    refuse(QCoreApplication::translate("cli", "--size expects WIDTHxHEIGHT between 320x240 and 7680x4320, but got '%1'")
               .arg(text));
}

class CommandLine {
public:
    CommandLine()
    {
        m_parser.setApplicationDescription(QCoreApplication::translate(
            "cli", "See softmax along a dim. Without a mode, opens the window."));
        m_parser.addHelpOption();
        m_parser.addVersionOption();
        add("print", QT_TRANSLATE_NOOP("cli", "Print what print(F.softmax(x, dim=D)) prints in PyTorch."));
        add("print-input", QT_TRANSLATE_NOOP("cli", "Print what print(x) prints in PyTorch."));
        add("json", QT_TRANSLATE_NOOP("cli", "Print shape, options, input and output as JSON."));
        add("explain", QT_TRANSLATE_NOOP("cli", "Explain the computation for element I,J,... step by step."), "I,J,...");
        add("list-presets", QT_TRANSLATE_NOOP("cli", "List the built-in examples."));
        add("shape", QT_TRANSLATE_NOOP("cli", "Tensor shape, rank 1-4."), "A,B,C,D");
        add("values", QT_TRANSLATE_NOOP("cli", "Tensor values, separated by spaces and/or commas (nan, inf, -inf allowed)."), "V V ...");
        add("fill", QT_TRANSLATE_NOOP("cli", "Fill the shape: arange, zeros, ones or randn."), "FILL");
        add("seed", QT_TRANSLATE_NOOP("cli", "Seed for --fill randn."), "N");
        add("input", QT_TRANSLATE_NOOP("cli", "Read the tensor from a lesson (.json), a NumPy array (.npy) or a text file (nested list or printed tensor)."), "FILE");
        add("preset", QT_TRANSLATE_NOOP("cli", "Use a built-in example (see --list-presets)."), "NAME");
        add("dim", QT_TRANSLATE_NOOP("cli", "Dim to normalise along; omitted: PyTorch's implicit choice."), "D");
        add("log", QT_TRANSLATE_NOOP("cli", "Compute log_softmax instead of softmax."));
        add("temperature", QT_TRANSLATE_NOOP("cli", "Divide the input by T > 0 first."), "T");
        add("dtype", QT_TRANSLATE_NOOP("cli", "float32 (default) or float64."), "DTYPE");
        add("select", QT_TRANSLATE_NOOP("cli", "Selected element I,J,..."), "I,J,...");
        add("code", QT_TRANSLATE_NOOP("cli", "Print a Python program that reproduces the numbers: pytorch, numpy or tensorflow."), "FRAMEWORK");
        add("export-npy", QT_TRANSLATE_NOOP("cli", "Write the result tensor to OUT.npy."), "OUT");
        add("save-lesson", QT_TRANSLATE_NOOP("cli", "Write a lesson file for these options to OUT.json."), "OUT");
        add("render", QT_TRANSLATE_NOOP("cli", "Render the window to OUT.png, OUT.svg or OUT.pdf."), "OUT");
        add("view", QT_TRANSLATE_NOOP("cli", "What --render shows: main (the window), compare (every dim side by side) or plot (the plots)."), "VIEW");
        add("size", QT_TRANSLATE_NOOP("cli", "Size of the --render image, default 1280x800."), "WxH");
    }

    int run(const QStringList &arguments)
    {
        if (!m_parser.parse(arguments))
            refuse(m_parser.errorText());
        if (m_parser.isSet("help") || m_parser.isSet("help-all")) {
            std::fputs(qPrintable(m_parser.helpText()), stdout);
            return 0;
        }
        if (m_parser.isSet("version")) {
            std::printf("softmax-explorer %s\n", qPrintable(QCoreApplication::applicationVersion()));
            return 0;
        }
        if (!m_parser.positionalArguments().isEmpty())
            refuse(QCoreApplication::translate("cli", "unexpected argument '%1'")
                       .arg(m_parser.positionalArguments().constFirst()));
        if (m_parser.isSet("list-presets")) {
            listPresets();
            return 0;
        }
        if (!hasMode())
            refuse(QCoreApplication::translate("cli", "no mode given: use --print, --print-input, --json, --explain, "
                                                      "--code, --render, --export-npy or --save-lesson (--help lists them)"));
        const Request request = buildRequest();
        const QSize renderSize = checkRenderOptions();
        std::optional<core::Framework> framework;
        if (m_parser.isSet("code"))
            framework = core::parseFramework(m_parser.value("code").toStdString());
        const bool needsOutput = m_parser.isSet("print") || m_parser.isSet("json") || m_parser.isSet("explain")
            || m_parser.isSet("render") || m_parser.isSet("export-npy");
        const core::Tensor output = needsOutput ? core::applySoftmax(request.input(), request.spec()) : request.input();
        if (request.implicitDim() && needsOutput)
            std::fprintf(stderr, "softmax-explorer: warning: %s\n",
                         core::pytorchImplicitDimWarning(request.spec().op).c_str());
        std::optional<int> explained;
        if (m_parser.isSet("explain"))
            explained = elementIndex(request.input().shape, m_parser.value("explain"), "--explain");
        if (m_parser.isSet("print-input"))
            std::printf("%s\n", core::pytorchPrint(request.input()).c_str());
        if (m_parser.isSet("print"))
            std::printf("%s\n", core::pytorchPrint(output).c_str());
        if (m_parser.isSet("json"))
            std::printf("%s\n", core::resultJson(request.input(), output, request.spec()).c_str());
        if (explained)
            std::fputs(qPrintable(explainText(request, *explained)), stdout);
        if (framework)
            std::fputs(core::pythonCode(*framework, request.input(), request.spec(), request.implicitDim()).c_str(),
                       stdout);
        if (m_parser.isSet("export-npy"))
            write(ui::DocumentFiles::saveNpy(m_parser.value("export-npy"), output));
        if (m_parser.isSet("save-lesson"))
            write(ui::DocumentFiles::saveLesson(m_parser.value("save-lesson"), request.state, request.selected));
        if (m_parser.isSet("render"))
            render(request, renderSize);
        return 0;
    }

private:
    /// Whether the arguments name something to do: options alone (a tensor, a
    /// dim) would otherwise succeed silently.
    bool hasMode() const
    {
        static const char *const modes[] = {"print", "print-input", "json", "explain",
                                            "code", "render", "export-npy", "save-lesson"};
        return std::any_of(std::begin(modes), std::end(modes),
                           [this](const char *mode) { return m_parser.isSet(QLatin1String(mode)); });
    }

    static void write(const QString &error)
    {
        if (!error.isEmpty())
            refuse(error);
    }

    void add(const QString &name, const char *description, const QString &valueName = QString())
    {
        m_parser.addOption(QCommandLineOption(name, QCoreApplication::translate("cli", description), valueName));
    }

    /// Checks --render, --view and --size together; returns the image size.
    QSize checkRenderOptions() const
    {
        if (!m_parser.isSet("render")) {
            if (m_parser.isSet("view") || m_parser.isSet("size"))
                refuse(QCoreApplication::translate("cli", "--view and --size only apply to --render"));
            return {};
        }
        renderedView();
        const QString path = m_parser.value("render");
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
            refuse(QCoreApplication::translate("cli", "--render needs a file ending in .png, .svg or .pdf, but got '%1'")
                       .arg(path));
        return m_parser.isSet("size") ? parseSize(m_parser.value("size")) : QSize(1280, 800);
    }

    /// --view: main (default), compare or plot.
    ui::RenderedView renderedView() const
    {
        const QString view = m_parser.isSet("view") ? m_parser.value("view") : QStringLiteral("main");
        if (view == QLatin1String("main"))
            return ui::RenderedView::Main;
        if (view == QLatin1String("compare"))
            return ui::RenderedView::Compare;
        if (view == QLatin1String("plot"))
            return ui::RenderedView::Plot;
        refuse(QCoreApplication::translate("cli", "unknown view '%1' (available: main, compare, plot)").arg(view));
    }

    void render(const Request &request, QSize size) const
    {
        write(ui::renderView(renderedView(), request.state, request.selected, size, m_parser.value("render")));
    }

    void listPresets() const
    {
        for (const core::Preset &preset : core::builtinPresets()) {
            const QString dim = preset.dim ? QString::number(*preset.dim) : QStringLiteral("implicit");
            std::printf("%-16s %-14s dim=%-9s %s\n", preset.name.c_str(), preset.shape.toString().c_str(),
                        qPrintable(dim), qPrintable(ui::PresetText::description(preset.name)));
        }
    }

    /// The document the tensor options describe; `hasDim` says whether it names
    /// a dim (a preset or a lesson does; values, fills and other files do not).
    ui::LoadedDocument loadSource(bool &hasDim) const
    {
        // The dtype is applied as the tensor is made, so float64 keeps every decimal.
        std::optional<core::DType> dtype;
        if (m_parser.isSet("dtype"))
            dtype = core::parseDType(m_parser.value("dtype").toStdString());
        const QStringList sources = {"values", "fill", "input", "preset"};
        int given = 0;
        for (const QString &source : sources)
            given += m_parser.isSet(source) ? 1 : 0;
        if (given == 0)
            refuse(QCoreApplication::translate(
                "cli", "no tensor given: use --shape with --values or --fill, or --input, or --preset"));
        if (given > 1)
            refuse(QCoreApplication::translate("cli", "give only one of --values, --fill, --input and --preset"));
        if (m_parser.isSet("seed") && m_parser.value("fill") != QLatin1String("randn"))
            refuse(QCoreApplication::translate("cli", "--seed only applies to --fill randn"));

        ui::LoadedDocument loaded;
        hasDim = false;
        if (m_parser.isSet("preset")) {
            if (m_parser.isSet("shape"))
                refuse(QCoreApplication::translate("cli", "--preset brings its own shape; leave out --shape"));
            const core::Preset &preset = core::findPreset(m_parser.value("preset").toStdString());
            loaded.state.tensor = preset.tensor(dtype);
            hasDim = preset.dim.has_value();
            if (hasDim)
                loaded.state.dim = ui::DimChoice::explicitDim(core::wrapDim(*preset.dim, preset.shape.rank()));
            loaded.state.op = preset.op;
            return loaded;
        }
        if (m_parser.isSet("input")) {
            if (m_parser.isSet("shape"))
                refuse(QCoreApplication::translate("cli", "--input brings its own shape; leave out --shape"));
            loaded = ui::DocumentFiles::load(m_parser.value("input"), dtype);
            hasDim = loaded.isLesson;
            if (!loaded.notice.isEmpty())
                std::fprintf(stderr, "softmax-explorer: note: %s\n", qPrintable(loaded.notice));
            return loaded;
        }
        if (!m_parser.isSet("shape"))
            refuse(QCoreApplication::translate("cli", "--values and --fill need --shape"));
        const core::Shape shape = core::Shape::checked(parseIntegerList(m_parser.value("shape"), "--shape"));
        if (m_parser.isSet("fill")) {
            const std::int64_t seed = m_parser.isSet("seed") ? parseInteger(m_parser.value("seed"), "--seed") : 0;
            loaded.state.tensor = core::filledTensor(shape, core::parseFill(m_parser.value("fill").toStdString()),
                                                     dtype.value_or(core::DType::Float32),
                                                     static_cast<std::uint64_t>(seed));
        } else {
            loaded.state.tensor = core::Tensor::fromValues(
                shape, core::parseValueList(m_parser.value("values").toStdString()), dtype.value_or(core::DType::Float32));
        }
        return loaded;
    }

    Request buildRequest() const
    {
        bool hasDim = false;
        ui::LoadedDocument loaded = loadSource(hasDim);
        ui::DocumentState &state = loaded.state;
        const int rank = state.tensor.rank();
        if (m_parser.isSet("dim"))
            state.dim = ui::DimChoice::explicitDim(core::wrapDim(parseInteger(m_parser.value("dim"), "--dim"), rank));
        else if (!hasDim)
            state.dim = ui::DimChoice::implicit();
        if (m_parser.isSet("log"))
            state.op = core::Op::LogSoftmax;
        if (m_parser.isSet("temperature")) {
            const auto temperature = core::parseNumber(m_parser.value("temperature").trimmed().toStdString());
            if (!temperature)
                refuse(QCoreApplication::translate("cli", "--temperature expects a number, but got '%1'")
                           .arg(m_parser.value("temperature")));
            core::checkTemperature(*temperature);
            state.temperature = *temperature;
        }
        Request request{std::move(state), loaded.selected};
        if (m_parser.isSet("select"))
            request.selected = elementIndex(request.state.tensor.shape, m_parser.value("select"), "--select");
        return request;
    }

    static int elementIndex(const core::Shape &shape, const QString &text, const QString &what)
    {
        const std::vector<std::int64_t> index = parseIntegerList(text, what);
        if (static_cast<int>(index.size()) != shape.rank())
            refuse(QCoreApplication::translate("cli", "%1 needs %2 indices for shape %3, but got %4")
                       .arg(what)
                       .arg(shape.rank())
                       .arg(QString::fromStdString(shape.toString()))
                       .arg(index.size()));
        core::Index checked;
        for (int d = 0; d < shape.rank(); ++d) {
            const std::int64_t i = index[std::size_t(d)];
            if (i < 0 || i >= shape.extent(d))
                refuse(QCoreApplication::translate("cli", "%1: index %2 is out of bounds for dim %3 with size %4")
                           .arg(what)
                           .arg(i)
                           .arg(d)
                           .arg(shape.extent(d)));
            checked.push_back(static_cast<int>(i));
        }
        return shape.flatIndex(checked);
    }

    static QString explainText(const Request &request, int flat)
    {
        std::vector<QString> names;
        for (const std::string &name : request.input().dimNames)
            names.push_back(QString::fromStdString(name));
        return ui::StepText::plainText(core::traceElement(request.input(), request.spec(), flat),
                                       request.input().shape, names);
    }

    QCommandLineParser m_parser;
};

} // namespace

bool needsWidgets(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1))
        if (argument == QLatin1String("--render") || argument.startsWith(QLatin1String("--render=")))
            return true;
    return false;
}

bool isHeadless(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1))
        if (argument.startsWith(QLatin1Char('-')))
            return true;
    return false;
}

int runCommandLine(const QStringList &arguments)
{
    try {
        return CommandLine().run(arguments);
    } catch (const UsageError &error) {
        std::fprintf(stderr, "softmax-explorer: error: %s\n", error.message.c_str());
    } catch (const core::InputError &error) {
        std::fprintf(stderr, "softmax-explorer: error: %s\n", error.what());
    }
    return 2;
}

} // namespace app
