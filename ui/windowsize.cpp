#include "windowsize.h"

#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace retort {

namespace {

// What a window manager's frame may take around a window: the title bar and the borders.
constexpr int frameAllowance = 48;
// The main window's share of the available area when it opens for the first time.
constexpr double mainWindowShare = 0.9;

} // namespace

QSize fittedSize(const QWidget *window, QSize preferred)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return preferred;
    const QSize room = screen->availableGeometry().size() - QSize(frameAllowance, frameAllowance);
    return preferred.boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room));
}

void resizeToFit(QWidget *window, QSize preferred)
{
    window->resize(fittedSize(window, preferred));
}

void placeOnAvailableScreen(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size = fittedSize(window, (QSizeF(available.size()) * mainWindowShare).toSize());
    window->setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
}

} // namespace retort
