#pragma once

#include <QSize>

class QWidget;

namespace retort {

/**
 * `preferred`, shrunk where needed to fit inside the available geometry (without panels and
 * docks) of the screen `window` is on, leaving room for the window manager's frame.
 */
QSize fittedSize(const QWidget *window, QSize preferred);

/** Resizes `window` to fittedSize(window, preferred). For dialogs' first size. */
void resizeToFit(QWidget *window, QSize preferred);

/**
 * The main window's first size and place (no saved geometry yet): most of the screen's
 * available area, centred in it.
 */
void placeOnAvailableScreen(QWidget *window);

} // namespace retort
