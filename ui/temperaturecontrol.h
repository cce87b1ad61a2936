#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace ui {

class TensorDocument;

/// The temperature T > 0: a slider on a log scale (0.01 to 100) and a field for
/// exact values (0.001 to 1000). One drag of the slider is one undo step.
class TemperatureControl : public QWidget {
    Q_OBJECT

public:
    explicit TemperatureControl(TensorDocument *document, QWidget *parent = nullptr);

    /// The slider position for T, and T for a slider position (3 significant digits).
    static int sliderPosition(double temperature);
    static double temperatureAt(int position);

private:
    void showTemperature(double temperature);

    TensorDocument *m_document;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_field = nullptr;
    int m_dragId = 0;
};

} // namespace ui
