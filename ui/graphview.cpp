#include "graphview.h"

#include "revisionmodel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace retort {

namespace {

constexpr double minZoom = 0.5;
constexpr double maxZoom = 3.0;
constexpr int baseRowHeight = 24;
constexpr int baseLaneWidth = 16;
constexpr int margin = 6;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor laneColor(int lane, bool dark)
{
    static const QRgb colors[] = {0x1f77b4, 0xd62728, 0x2ca02c, 0x9467bd, 0xff7f0e,
                                  0x17becf, 0xe377c2, 0x8c564b, 0xbcbd22, 0x7f7f7f};
    QColor c = QColor::fromRgb(colors[lane % int(std::size(colors))]);
    return dark ? c.lighter(135) : c;
}

} // namespace

GraphView::GraphView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Revision graph"));
    setAccessibleDescription(tr("Revisions newest first; arrow keys move the selection, "
                                "Ctrl+wheel zooms"));
    verticalScrollBar()->setSingleStep(baseRowHeight);
}

void GraphView::setModel(RevisionModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &GraphView::modelReset);
        connect(m_model, &QAbstractItemModel::dataChanged, viewport(),
                qOverload<>(&QWidget::update));
    }
    modelReset();
}

void GraphView::modelReset()
{
    m_current = -1;
    m_selected.clear();
    m_matches.clear();
    m_hover = -1;
    m_ancestry.clear();
    updateScrollBars();
    viewport()->update();
}

int GraphView::rowHeight() const
{
    return std::max(8, int(std::lround(baseRowHeight * m_zoom)));
}

int GraphView::laneWidth() const
{
    return std::max(6, int(std::lround(baseLaneWidth * m_zoom)));
}

int GraphView::laneX(int lane) const
{
    return margin + lane * laneWidth() + laneWidth() / 2 - horizontalScrollBar()->value();
}

int GraphView::textX() const
{
    const int lanes = m_model && m_model->snapshot() ? m_model->snapshot()->layout.laneCount : 0;
    return margin + std::max(1, lanes) * laneWidth() + 8 - horizontalScrollBar()->value();
}

int GraphView::visibleRowCount() const
{
    return std::max(1, viewport()->height() / rowHeight());
}

void GraphView::updateScrollBars()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int rh = rowHeight();
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, std::max(0, rows * rh - viewport()->height()));
    v->setPageStep(viewport()->height());
    v->setSingleStep(rh);
    const int lanes = m_model && m_model->snapshot() ? m_model->snapshot()->layout.laneCount : 0;
    const int contentWidth = margin + lanes * laneWidth() + int(560 * m_zoom);
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, std::max(0, contentWidth - viewport()->width()));
    h->setPageStep(viewport()->width());
    h->setSingleStep(laneWidth());
}

int GraphView::rowAt(const QPoint &pos) const
{
    if (!m_model)
        return -1;
    const int row = (pos.y() + verticalScrollBar()->value()) / rowHeight();
    return row >= 0 && row < m_model->rowCount() ? row : -1;
}

QRect GraphView::rowRect(int row) const
{
    const int rh = rowHeight();
    return QRect(0, row * rh - verticalScrollBar()->value(), viewport()->width(), rh);
}

QPoint GraphView::nodeCenter(int row) const
{
    const int node = m_model ? m_model->nodeAt(row) : -1;
    if (node < 0)
        return {};
    const int lane = m_model->snapshot()->layout.laneOfNode.at(node);
    return QPoint(laneX(lane), rowRect(row).center().y());
}

void GraphView::setCurrentRow(int row)
{
    if (!m_model || row < -1 || row >= m_model->rowCount())
        return;
    const bool selectionDiffers =
        m_selected.size() != (row >= 0 ? 1 : 0) || (row >= 0 && !m_selected.contains(row));
    m_selected.clear();
    if (row >= 0)
        m_selected.insert(row);
    if (row >= 0)
        ensureVisible(row);
    viewport()->update();
    if (selectionDiffers)
        emit selectionChanged();
    if (row != m_current) {
        m_current = row;
        emit currentRowChanged(row);
    }
}

void GraphView::setSelectedRows(const QList<int> &rows)
{
    if (!m_model || rows.isEmpty())
        return;
    setCurrentRow(rows.first());
    for (int row : rows)
        if (row >= 0 && row < m_model->rowCount())
            m_selected.insert(row);
    viewport()->update();
    emit selectionChanged();
}

QList<int> GraphView::selectedRows() const
{
    QList<int> rows(m_selected.cbegin(), m_selected.cend());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void GraphView::setSearchMatches(const QList<int> &rows)
{
    m_matches = QSet<int>(rows.cbegin(), rows.cend());
    viewport()->update();
}

void GraphView::ensureVisible(int row)
{
    const int rh = rowHeight();
    QScrollBar *v = verticalScrollBar();
    const int top = row * rh;
    if (top < v->value())
        v->setValue(top);
    else if (top + rh > v->value() + viewport()->height())
        v->setValue(top + rh - viewport()->height());
}

bool GraphView::isHighlighted(int node) const
{
    return node >= 0 && size_t(node) < m_ancestry.size() && m_ancestry[size_t(node)];
}

void GraphView::setHover(int row)
{
    if (row == m_hover)
        return;
    m_hover = row;
    m_ancestry.clear();
    const int start = m_model ? m_model->nodeAt(row) : -1;
    if (start >= 0) {
        // The ancestry: parents and dependencies, transitively (what an upgrade to the
        // hovered revision applies).
        const LaneLayout &layout = m_model->snapshot()->layout;
        m_ancestry.assign(size_t(layout.nodeCount()), 0);
        std::vector<int> stack{start};
        m_ancestry[size_t(start)] = 1;
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (const QList<int> *next : {&layout.parents.at(v), &layout.dependencies.at(v)})
                for (int p : *next)
                    if (!m_ancestry[size_t(p)]) {
                        m_ancestry[size_t(p)] = 1;
                        stack.push_back(p);
                    }
        }
    }
    viewport()->update();
}

void GraphView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the row at the top of the view where it is.
    const int topRow = verticalScrollBar()->value() / rowHeight();
    m_zoom = zoom;
    updateScrollBars();
    verticalScrollBar()->setValue(topRow * rowHeight());
    viewport()->update();
    emit zoomChanged(m_zoom);
}

void GraphView::zoomIn()
{
    setZoom(m_zoom * 1.2);
}

void GraphView::zoomOut()
{
    setZoom(m_zoom / 1.2);
}

void GraphView::resetZoom()
{
    setZoom(1.0);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void GraphView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    p.fillRect(event->rect(), pal.color(QPalette::Base));
    if (event->rect().contains(viewport()->rect()))
        m_paintedMarkers.clear();
    if (!m_model || !m_model->snapshot() || m_model->rowCount() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter,
                   m_model && m_model->snapshot() ? tr("This project has no revisions yet.")
                                                  : tr("Open a project to see its revisions."));
        return;
    }
    const ProjectSnapshot &snap = *m_model->snapshot();
    const LaneLayout &layout = snap.layout;
    const bool dark = isDark(pal);
    const int rh = rowHeight();
    const int lw = laneWidth();
    const int scrollY = verticalScrollBar()->value();
    const int firstRow = std::max(0, (event->rect().top() + scrollY) / rh);
    const int lastRow = std::min(layout.rowCount() - 1, (event->rect().bottom() + scrollY) / rh);
    const bool hovering = !m_ancestry.empty();
    m_paintedMarkers.removeIf(
        [&](const PaintedMarker &m) { return m.row >= firstRow && m.row <= lastRow; });
    const QColor highlight = pal.color(QPalette::Highlight);
    const qreal penWidth = std::max(1.0, 1.6 * m_zoom);
    const qreal radius = std::max(3.0, rh * 0.26);

    QFont textFont = font();
    textFont.setPointSizeF(std::max(6.0, font().pointSizeF() * m_zoom));
    QFont monoFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    monoFont.setPointSizeF(textFont.pointSizeF());
    QFont chipFont = textFont;
    chipFont.setPointSizeF(std::max(5.0, textFont.pointSizeF() * 0.85));
    const QFontMetrics monoMetrics(monoFont);
    const QFontMetrics chipMetrics(chipFont);
    const QFontMetrics textMetrics(textFont);

    p.setRenderHint(QPainter::Antialiasing, true);
    for (int row = firstRow; row <= lastRow; ++row) {
        const int node = layout.nodeAtRow.at(row);
        const QRect rect(0, row * rh - scrollY, viewport()->width(), rh);
        const int top = rect.top();
        const int bottom = rect.top() + rh;
        const int cy = rect.top() + rh / 2;
        const int nodeLane = layout.laneOfNode.at(node);
        const int nx = laneX(nodeLane);

        // Row background: selection, search match.
        if (m_selected.contains(row)) {
            QColor bg = highlight;
            bg.setAlpha(row == m_current ? 90 : 55);
            p.fillRect(rect, bg);
        } else if (m_matches.contains(row)) {
            p.fillRect(rect, dark ? QColor(90, 80, 20) : QColor(255, 243, 176));
        } else if (row == m_hover) {
            p.fillRect(rect, pal.color(QPalette::AlternateBase));
        }

        // Edges.
        for (auto it = layout.rowBegin(row); it != layout.rowEnd(row); ++it) {
            const LaneLayout::Segment &s = *it;
            const bool lit = hovering && isHighlighted(s.source);
            const int colorLane = s.part == LaneLayout::Segment::OutOf ? s.to : s.from;
            QColor color = lit ? highlight : laneColor(colorLane, dark);
            if (hovering && !lit)
                color.setAlpha(90);
            QPen pen(color, lit ? penWidth * 1.8 : penWidth);
            if (s.dashed)
                pen.setStyle(Qt::DashLine);
            pen.setCapStyle(Qt::FlatCap);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            const int x1 = laneX(s.from);
            const int x2 = laneX(s.to);
            switch (s.part) {
            case LaneLayout::Segment::Through:
                p.drawLine(x1, top, x1, bottom);
                break;
            case LaneLayout::Segment::Into: {
                if (x1 == x2) {
                    p.drawLine(x1, top, x2, cy);
                } else {
                    QPainterPath path(QPointF(x1, top));
                    path.cubicTo(QPointF(x1, cy), QPointF(x1, cy), QPointF(x2, cy));
                    p.drawPath(path);
                }
                break;
            }
            case LaneLayout::Segment::OutOf: {
                if (x1 == x2) {
                    p.drawLine(x1, cy, x2, bottom);
                } else {
                    QPainterPath path(QPointF(x1, cy));
                    path.cubicTo(QPointF(x2, cy), QPointF(x2, cy), QPointF(x2, bottom));
                    p.drawPath(path);
                }
                break;
            }
            case LaneLayout::Segment::StubOut:
            case LaneLayout::Segment::StubIn: {
                // A far dependency: a short dashed arrow below (out) or above (in) the node.
                const bool out = s.part == LaneLayout::Segment::StubOut;
                const QPointF a(nx + lw * 0.35, out ? cy + radius : top + 1);
                const QPointF b(nx + lw * 0.75, out ? bottom - 1 : cy - radius);
                p.drawLine(a, b);
                pen.setStyle(Qt::SolidLine);
                p.setPen(pen);
                const QPointF tip = out ? b : a;
                p.drawLine(tip, tip + QPointF(-lw * 0.25, out ? -1 : 3));
                break;
            }
            }
        }

        // The node.
        const RevisionModel::NodeKinds kinds = m_model->kinds(node);
        const bool ghost = kinds & RevisionModel::Ghost;
        const bool lit = hovering && isHighlighted(node);
        QColor color = ghost ? pal.color(QPalette::PlaceholderText)
                             : (lit ? highlight : laneColor(nodeLane, dark));
        const QString id = snap.id(node);
        const bool applied = m_model->appliedRevisions().contains(id);
        QPen pen(color, penWidth * 1.3);
        if (ghost)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(applied ? QBrush(color) : pal.brush(QPalette::Base));
        const QPointF c(nx, cy);
        if (ghost) {
            p.drawEllipse(c, radius, radius);
            p.setFont(chipFont);
            p.drawText(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius),
                       Qt::AlignCenter, QStringLiteral("?"));
        } else if (kinds & RevisionModel::MergePoint) {
            const qreal r = radius * 1.25;
            p.drawPolygon(QPolygonF(
                {c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)}));
        } else if (kinds & RevisionModel::Base) {
            p.drawRect(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius));
        } else if (kinds & RevisionModel::BranchPoint) {
            const qreal r = radius * 1.2;
            p.drawPolygon(QPolygonF(
                {c + QPointF(0, r), c + QPointF(r, -r * 0.7), c + QPointF(-r, -r * 0.7)}));
        } else {
            p.drawEllipse(c, radius, radius);
        }
        if (kinds & RevisionModel::Head) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(color, penWidth * 0.8));
            p.drawEllipse(c, radius * 1.75, radius * 1.75);
        }

        // Chips, id, message.
        int x = textX();
        const auto chip = [&](const QString &text, const QColor &bg, const QColor &fg) {
            const int w = chipMetrics.horizontalAdvance(text) + 10;
            const QRectF r(x, cy - chipMetrics.height() / 2.0 - 1, w, chipMetrics.height() + 2);
            p.setPen(Qt::NoPen);
            p.setBrush(bg);
            p.drawRoundedRect(r, 4, 4);
            p.setPen(fg);
            p.setFont(chipFont);
            p.drawText(r, Qt::AlignCenter, text);
            x += w + 4;
        };
        const QColor chipText(Qt::white);
        if (ghost)
            chip(tr("missing"), QColor(0xc0, 0x39, 0x2b), chipText);
        if (kinds & RevisionModel::HasProblem && !ghost)
            chip(tr("problem"), QColor(0xc0, 0x39, 0x2b), chipText);
        if (kinds & RevisionModel::Head)
            chip(tr("head"), dark ? QColor(0x2e, 0x7d, 0x32) : QColor(0x38, 0x8e, 0x3c), chipText);
        if (m_model->currentHeads().contains(id))
            chip(tr("current"), QColor(0x6a, 0x1b, 0x9a), chipText);
        // The shown profiles at this revision: a chip in the profile's colour with "▶ name"
        // (the name is the cue; the colour only tells them apart).
        for (const ProfileMarker &m : m_model->profileMarkers(id)) {
            const int start = x;
            chip(QStringLiteral("\u25b6 %1").arg(m.profile), m.color, chipText);
            m_paintedMarkers.append(
                {row, m.profile,
                 QRect(start, top + 1, x - 4 - start, rh - 2).intersected(viewport()->rect())});
        }
        if (!ghost)
            for (const QString &label :
                 snap.revisions.at(node).branchLabels.value_or(QStringList()))
                chip(label, laneColor(nodeLane, dark).darker(dark ? 140 : 110), chipText);
        p.setFont(monoFont);
        p.setPen(ghost ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::Text));
        const QString shortId = id.size() > 16 ? id.left(15) + QChar(0x2026) : id;
        p.drawText(QRect(x, top, monoMetrics.horizontalAdvance(shortId) + 2, rh),
                   Qt::AlignVCenter | Qt::AlignLeft, shortId);
        x += monoMetrics.horizontalAdvance(QStringLiteral("0123456789ab")) + 12;
        p.setFont(textFont);
        const QString message =
            ghost ? snap.layout.ghosts.at(node - layout.inputCount).error : snap.message(node);
        const int available = viewport()->width() - x - margin;
        if (available > 10) {
            p.setPen(ghost ? QColor(0xc0, 0x39, 0x2b) : pal.color(QPalette::Text));
            p.drawText(QRect(x, top, available, rh), Qt::AlignVCenter | Qt::AlignLeft,
                       textMetrics.elidedText(message.section(QLatin1Char('\n'), 0, 0),
                                              Qt::ElideRight, available));
        }
        if (row == m_current && hasFocus()) {
            p.setPen(QPen(highlight, 1, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(rect.adjusted(0, 0, -1, -1));
        }
    }
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0) {
        if (event->modifiers() & Qt::ControlModifier) {
            // Multi-selection (merge selected heads).
            if (m_selected.contains(row) && m_selected.size() > 1)
                m_selected.remove(row);
            else
                m_selected.insert(row);
            viewport()->update();
            emit selectionChanged();
            if (m_current != row) {
                m_current = row;
                emit currentRowChanged(row);
            }
        } else {
            setCurrentRow(row);
        }
    } else if (event->button() == Qt::RightButton && row >= 0 && !m_selected.contains(row)) {
        setCurrentRow(row);
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        emit activated(row);
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    setHover(rowAt(event->position().toPoint()));
    QAbstractScrollArea::mouseMoveEvent(event);
}

void GraphView::leaveEvent(QEvent *event)
{
    setHover(-1);
    QAbstractScrollArea::leaveEvent(event);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || m_model->rowCount() == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int last = m_model->rowCount() - 1;
    const int cur = m_current;
    int target = -2;
    switch (event->key()) {
    case Qt::Key_Up:
        target = cur < 0 ? 0 : std::max(0, cur - 1);
        break;
    case Qt::Key_Down:
        target = cur < 0 ? 0 : std::min(last, cur + 1);
        break;
    case Qt::Key_PageUp:
        target = std::max(0, (cur < 0 ? 0 : cur) - visibleRowCount());
        break;
    case Qt::Key_PageDown:
        target = std::min(last, (cur < 0 ? 0 : cur) + visibleRowCount());
        break;
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = last;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (cur >= 0)
            emit activated(cur);
        event->accept();
        return;
    case Qt::Key_Menu:
        if (cur >= 0)
            emit contextMenuRequested(cur, viewport()->mapToGlobal(nodeCenter(cur)));
        event->accept();
        return;
    default:
        break;
    }
    if (target >= 0) {
        setCurrentRow(target);
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::ZoomIn)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    const int row = event->reason() == QContextMenuEvent::Mouse ? rowAt(event->pos()) : m_current;
    if (row < 0)
        return;
    emit contextMenuRequested(row, event->globalPos());
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, RevisionModel::IdColumn);
            const QString error = index.data(RevisionModel::ErrorRole).toString();
            for (const PaintedMarker &m : std::as_const(m_paintedMarkers))
                if (m.row == row && m.rect.contains(help->pos()))
                    for (const ProfileMarker &marker :
                         m_model->profileMarkers(index.data(RevisionModel::IdRole).toString()))
                        if (marker.profile == m.profile) {
                            QToolTip::showText(help->globalPos(), marker.toolTip, viewport());
                            return true;
                        }
            const QString text = error.isEmpty()
                                     ? tr("%1\n%2\n%3")
                                           .arg(index.data(RevisionModel::IdRole).toString(),
                                                index.data(RevisionModel::MessageRole).toString(),
                                                index.data(RevisionModel::PathRole).toString())
                                     : error;
            QToolTip::showText(help->globalPos(), text, viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace retort
