#pragma once

#include "softmax.h"
#include "steptrace.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ui {

/// What the group plots show for the explained element's group: plain vectors
/// taken from the core's step trace, and p recomputed by the core over a range
/// of temperatures.
struct GroupPlotData {
    QStringList labels;          ///< x₁ … per member; the explained one marked
    std::vector<double> scaled;  ///< z = x / T
    std::vector<double> exps;    ///< e^(z − m)
    std::vector<double> outputs; ///< p, or log p for log_softmax
    int explained = 0;           ///< index of the explained element in the group
    core::Op op = core::Op::Softmax;
    double temperature = 1.0;
    std::vector<double> temperatures;              ///< log-spaced, covering 0.05–20 and T
    std::vector<std::vector<double>> probabilities; ///< [member][temperature]: p at that T

    /// The group's numbers; the p(T) curves only when asked for (they cost 121 softmaxes).
    static GroupPlotData from(const core::StepTrace &trace, const core::Shape &shape, bool withTemperatureCurves);
};

/// The output plane (the last two dims) that holds the selected element, for the heat map.
struct PlanePlotData {
    int rows = 1;
    int columns = 1;
    std::vector<double> values; ///< row-major, rows × columns
    QString title;              ///< "softmax(x)[0, 1, :, :]"
    int selectedRow = 0;
    int selectedColumn = 0;
    core::Op op = core::Op::Softmax;

    static PlanePlotData from(const core::Tensor &output, int selected, core::Op op);
};

} // namespace ui
