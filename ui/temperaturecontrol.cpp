#include "temperaturecontrol.h"

#include "tensordocument.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace ui {

namespace {

constexpr int sliderSteps = 400;
constexpr double lowestExponent = -2; // T = 0.01
constexpr double exponentRange = 4;   // up to T = 100

} // namespace

TemperatureControl::TemperatureControl(TensorDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *label = new QLabel(tr("T"), this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, sliderSteps);
    m_slider->setPageStep(sliderSteps / 8);
    m_slider->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    m_slider->setAccessibleName(tr("Temperature (log scale)"));
    m_slider->setToolTip(tr("Temperature T: softmax(x / T). Small T sharpens toward the maximum, large T flattens "
                            "toward uniform."));
    m_field = new QDoubleSpinBox(this);
    m_field->setRange(0.001, 1000);
    m_field->setDecimals(3);
    m_field->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_field->setKeyboardTracking(false);
    m_field->setAccessibleName(tr("Temperature"));
    m_field->setToolTip(m_slider->toolTip());
    label->setBuddy(m_field);
    layout->addWidget(label);
    layout->addWidget(m_slider);
    layout->addWidget(m_field);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_dragId = m_document->newDragId(); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        m_document->setTemperature(temperatureAt(position), m_slider->isSliderDown() ? m_dragId : 0);
    });
    connect(m_field, &QDoubleSpinBox::valueChanged, this, [this](double value) { m_document->setTemperature(value); });
    connect(document, &TensorDocument::temperatureChanged, this, &TemperatureControl::showTemperature);
    showTemperature(document->state().temperature);
}

int TemperatureControl::sliderPosition(double temperature)
{
    const double exponent = std::log10(temperature);
    return int(std::lround((exponent - lowestExponent) / exponentRange * sliderSteps));
}

double TemperatureControl::temperatureAt(int position)
{
    const double temperature = std::pow(10.0, lowestExponent + exponentRange * position / sliderSteps);
    return QString::number(temperature, 'g', 3).toDouble();
}

void TemperatureControl::showTemperature(double temperature)
{
    const QSignalBlocker blockSlider(m_slider);
    const QSignalBlocker blockField(m_field);
    if (!m_slider->isSliderDown())
        m_slider->setValue(sliderPosition(temperature));
    m_field->setValue(temperature);
}

} // namespace ui
