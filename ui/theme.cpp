#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <memory>
#include <optional>

namespace ui::theme {

namespace {

/// The desktop's own style and palette, kept to return to "system".
struct SystemLook {
    QString style;
    QPalette palette;
};

std::optional<SystemLook> systemLook;

QPalette lightPalette(bool highContrast)
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion->standardPalette();
    if (highContrast) {
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::AlternateBase})
            palette.setColor(role, Qt::white);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(role, Qt::black);
        palette.setColor(QPalette::Mid, Qt::black);
        palette.setColor(QPalette::Highlight, QColor(0x00, 0x3c, 0xb4));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::PlaceholderText, QColor(0x30, 0x30, 0x30));
    }
    return palette;
}

QPalette darkPalette(bool highContrast)
{
    QPalette palette;
    const QColor window = highContrast ? QColor(Qt::black) : QColor(0x2b, 0x2d, 0x31);
    const QColor base = highContrast ? QColor(Qt::black) : QColor(0x1e, 0x1f, 0x22);
    const QColor text = highContrast ? QColor(Qt::white) : QColor(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, highContrast ? QColor(0xd0, 0xd0, 0xd0) : QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Mid, highContrast ? QColor(Qt::white) : QColor(0x5a, 0x5d, 0x63));
    palette.setColor(QPalette::Dark, QColor(0x12, 0x12, 0x14));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Highlight, highContrast ? QColor(0xff, 0xd8, 0x00) : QColor(0x35, 0x74, 0xd6));
    palette.setColor(QPalette::HighlightedText, highContrast ? QColor(Qt::black) : QColor(Qt::white));
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace

Theme parse(const QString &text)
{
    if (text == QLatin1String("light"))
        return Theme::Light;
    if (text == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QString name(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

void apply(Theme theme, bool highContrast)
{
    if (!systemLook)
        systemLook = SystemLook{QApplication::style()->name(), QApplication::palette()};
    if (theme == Theme::System && !highContrast) {
        QApplication::setStyle(systemLook->style);
        QApplication::setPalette(systemLook->palette);
        return;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette(highContrast) : lightPalette(highContrast));
}

} // namespace ui::theme
