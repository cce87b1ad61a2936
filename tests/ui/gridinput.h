#pragma once
// Clicking and typing into a tensor view as a user does.

#include "tensorgridview.h"
#include "tensortablemodel.h"

#include <QLineEdit>
#include <QTest>

inline void clickElement(ui::TensorGridView *view, int flat)
{
    const QModelIndex index = view->tensorModel()->indexOfElement(flat);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

/// Types into the current cell as a user does: the first key opens the editor,
/// which then has the focus for the rest; Return commits.
inline void typeIntoCell(ui::TensorGridView *view, const QString &text)
{
    QTest::keyClicks(view, text.left(1));
    auto *editor = view->findChild<QLineEdit *>();
    QVERIFY(editor && editor->isVisible());
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop pass
}
