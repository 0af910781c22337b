#pragma once

#include <QAbstractScrollArea>
#include <QList>
#include <QRect>
#include <QSet>

#include <vector>

namespace retort {

class RevisionModel;

/**
 * The revision graph: one row per revision, newest on top, lanes like a git graph, then
 * chips (head, branch labels, the database's current heads), the id and the message.
 * Paints only the visible rows from the lane layout computed once per load, so it scrolls
 * smoothly at 50,000 rows. Hovering a node highlights its ancestry; Ctrl+wheel zooms.
 */
class GraphView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    void setModel(RevisionModel *model);
    RevisionModel *model() const { return m_model; }

    int currentRow() const { return m_current; }
    /** Makes `row` current (and the only selected row), scrolling it into view. */
    void setCurrentRow(int row);
    /** Selects these rows, the first one current. */
    void setSelectedRows(const QList<int> &rows);
    /** Rows selected with Ctrl+click (the current row included). */
    QList<int> selectedRows() const;
    void setSearchMatches(const QList<int> &rows);

    int rowAt(const QPoint &viewportPos) const;
    /** The row's rectangle in viewport coordinates. */
    QRect rowRect(int row) const;
    /** Centre of the row's node in viewport coordinates. */
    QPoint nodeCenter(int row) const;
    int rowHeight() const;
    int hoveredRow() const { return m_hover; }
    /** Nodes highlighted as the hovered node's ancestry. */
    bool isHighlighted(int node) const;

    /** A shown profile's marker as last painted (viewport coordinates). */
    struct PaintedMarker
    {
        int row = -1;
        QString profile;
        QRect rect;
    };
    /** The markers the last paint drew (only visible rows are painted). */
    const QList<PaintedMarker> &paintedMarkers() const { return m_paintedMarkers; }

    double zoom() const { return m_zoom; }
    void setZoom(double zoom);

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    void currentRowChanged(int row);
    void selectionChanged();
    void activated(int row);
    void contextMenuRequested(int row, const QPoint &globalPos);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    RevisionModel *m_model = nullptr;
    int m_current = -1;
    QSet<int> m_selected;
    QSet<int> m_matches;
    int m_hover = -1;
    std::vector<char> m_ancestry; ///< per node: in the hovered node's ancestry
    double m_zoom = 1.0;
    QList<PaintedMarker> m_paintedMarkers;

    void modelReset();
    void updateScrollBars();
    void setHover(int row);
    int laneWidth() const;
    int laneX(int lane) const;
    int textX() const;
    int visibleRowCount() const;
    void ensureVisible(int row);
};

} // namespace retort
