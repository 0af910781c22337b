#pragma once

// Helpers of the GUI tests that drive a MainWindow: open a project and wait for it, open the
// plan dialog of a revision action.

#include "databasecontroller.h"
#include "mainwindow.h"
#include "plandialog.h"

#include <QSignalSpy>
#include <QTest>

namespace retort::test {

/** Opens `path` in `w`; true once the project has loaded (20 s at most). */
inline bool openAndWait(MainWindow &w, const QString &path)
{
    QSignalSpy loaded(&w, &MainWindow::projectLoaded);
    w.openProject(path);
    return loaded.wait(20000);
}

/** Triggers `action` and returns the plan dialog it opens, or null when the controller
 *  reported an error instead (logged) or nothing opened within 20 s. */
inline PlanDialog *planFor(MainWindow &w, RevisionAction action)
{
    QSignalSpy opened(w.database(), &DatabaseController::planDialogOpened);
    QSignalSpy failed(w.database(), &DatabaseController::errorReported);
    w.revisionAction(action)->trigger();
    for (int i = 0; i < 400 && opened.isEmpty() && failed.isEmpty(); ++i)
        QTest::qWait(50);
    if (!failed.isEmpty())
        qWarning("no plan: %s", qPrintable(failed.first().first().toString()));
    return opened.isEmpty() ? nullptr : w.database()->planDialog();
}

} // namespace retort::test
