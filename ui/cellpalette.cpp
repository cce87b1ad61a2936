#include "cellpalette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ui::cellpalette {

QColor shade(double t)
{
    if (std::isnan(t))
        return QColor(0x9e, 0x9e, 0x9e);
    // Viridis sampled at ninths (matplotlib's _viridis_data).
    static constexpr std::array<unsigned, 10> stops = {0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e,
                                                       0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725};
    const double position = std::clamp(t, 0.0, 1.0) * double(stops.size() - 1);
    const auto low = std::min(std::size_t(position), stops.size() - 2);
    const double f = position - double(low);
    const auto a = QColor::fromRgb(QRgb(stops[low]));
    const auto b = QColor::fromRgb(QRgb(stops[low + 1]));
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor textOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor groupFill(int group)
{
    // Okabe–Ito, lightened so that black numbers stay readable on every fill.
    static constexpr std::array<unsigned, 8> colors = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                                       0x0072B2, 0xD55E00, 0xCC79A7, 0x999999};
    const auto base = QColor::fromRgb(QRgb(colors[std::size_t(group) % colors.size()]));
    return QColor::fromRgbF(float(0.45 * base.redF() + 0.55), float(0.45 * base.greenF() + 0.55),
                            float(0.45 * base.blueF() + 0.55));
}

QColor selectedGroupFill()
{
    return QColor(0xff, 0xd8, 0x8a);
}

QColor selectedGroupBorder()
{
    return QColor(0xd5, 0x5e, 0x00);
}

QColor selectedCellBorder()
{
    return QColor(0x00, 0x4e, 0x9a);
}

QColor dimmed(const QColor &color, const QColor &background, float keep)
{
    return QColor::fromRgbF(color.redF() * keep + background.redF() * (1 - keep),
                            color.greenF() * keep + background.greenF() * (1 - keep),
                            color.blueF() * keep + background.blueF() * (1 - keep));
}

} // namespace ui::cellpalette
