#pragma once
// Finding a window's widgets as assistive technology does: by accessible name.

#include <QWidget>

/// The first `Widget` under `root` with that accessible name; the test stops if
/// there is none.
template <typename Widget>
Widget *findNamed(QWidget *root, const QString &name)
{
    for (Widget *widget : root->findChildren<Widget *>())
        if (widget->accessibleName() == name)
            return widget;
    qFatal("no widget named %s", qPrintable(name));
}
