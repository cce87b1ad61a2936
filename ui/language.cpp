#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace ui::language {

namespace {

std::unique_ptr<QTranslator> appTranslator;
std::unique_ptr<QTranslator> qtTranslator;
QString applied = QStringLiteral("en");

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString systemLanguage()
{
    const QLocale locale;
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    // Traditional script (Taiwan, Hong Kong, Macao) or Simplified (mainland, Singapore).
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
        || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
        || locale.territory() == QLocale::Macau;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

QString apply(const QString &code)
{
    const QString chosen = available().contains(code) ? code : systemLanguage();
    for (auto *translator : {appTranslator.get(), qtTranslator.get()})
        if (translator)
            QCoreApplication::removeTranslator(translator);
    appTranslator.reset();
    qtTranslator.reset();
    applied = chosen;
    if (chosen == QLatin1String("en"))
        return chosen;
    appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(QStringLiteral(":/i18n/softmax-explorer_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(appTranslator.get());
    // Qt's own dialogs and buttons (qt6-translations-l10n).
    qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(QStringLiteral("qt_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.get());
    return chosen;
}

QString current()
{
    return applied;
}

} // namespace ui::language
