#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ui {

/// One persisted setting: its key and default in one place (after Tiled's
/// SessionOption). Values live in QSettings under the application's name.
template <typename T> class Setting {
public:
    Setting(const char *key, T defaultValue) : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue)) {}

    T value() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }

private:
    QString m_key;
    T m_default;
};

/// Every setting of the app.
namespace settings {
inline const Setting<QByteArray> windowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> windowState{"window/state", {}};
inline const Setting<QByteArray> viewsSplitter{"window/viewsSplitter", {}};
inline const Setting<QByteArray> panelsSplitter{"window/panelsSplitter", {}};
inline const Setting<QByteArray> lowerSplitter{"window/lowerSplitter", {}};
inline const Setting<bool> indexLabels{"steps/indexLabels", false};
inline const Setting<bool> showAllGroups{"view/showAllGroups", false};
inline const Setting<QString> theme{"view/theme", QStringLiteral("system")}; ///< system, light, dark
inline const Setting<bool> highContrast{"view/highContrast", false};
inline const Setting<QString> language{"view/language", {}}; ///< "" = the system's
inline const Setting<QStringList> recentFiles{"files/recent", {}};
inline const Setting<QString> lastDirectory{"files/lastDirectory", {}};
} // namespace settings

} // namespace ui
