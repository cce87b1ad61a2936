#include "errortext.h"

#include "error.h"

#include <QCoreApplication>

namespace ui {

QString translatedText(const core::Text &text)
{
    if (!text.format)
        return QString::fromStdString(text.literal);
    const QString format = QCoreApplication::translate("core", text.format);
    // One pass, as core::Text::english(), so that an argument holding "%1" stays as it is.
    QString out;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const bool placeholder = format[i] == QLatin1Char('%') && i + 1 < format.size() && format[i + 1] >= QLatin1Char('1')
            && format[i + 1] <= QLatin1Char('9');
        const auto k = placeholder ? std::size_t(format[i + 1].unicode() - '1') : text.args.size();
        if (k < text.args.size()) {
            out += translatedText(text.args[k]);
            ++i;
        } else {
            out += format[i];
        }
    }
    return out;
}

QString translatedError(const core::InputError &error)
{
    return translatedText(error.message());
}

} // namespace ui
