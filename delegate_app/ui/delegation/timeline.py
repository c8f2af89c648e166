"""The timeline: a column per day, items as blocks to move and resize by mouse or keyboard."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ...domain.conflicts import Conflict, Severity
from ...domain.enums import ItemKind, ItemStatus
from ...domain.records import ItemRow
from ..dates import digits, format_day, format_time, to_local, zone_place
from ..icons import COLOURS
from ..text import conflict_text, tr

HOUR = 44.0  # pixels per hour
DAY_WIDTH = 170.0
GUTTER = 96.0  # hour labels; above them, the zone the times are in
HEADER = 40.0
WORKING_DAY_STARTS = 7  # the view opens here, not at midnight
SNAP_MINUTES = 5
KIND_COLOURS = {
    ItemKind.FLIGHT: "#d8e6f3", ItemKind.TRAIN: "#d8e6f3", ItemKind.TRANSFER: "#e4ecf4",
    ItemKind.HOTEL: "#eeeeee", ItemKind.FREE_TIME: "#f1f1f1",
    ItemKind.BILATERAL_MEETING: "#fbe3c8", ItemKind.CEREMONY: "#f6d6d6",
    ItemKind.SUMMIT_SESSION: "#e2d9f3", ItemKind.RECEPTION: "#f3e2f0", ItemKind.MEAL: "#e7f1dc",
    ItemKind.SITE_VISIT: "#dff0ec", ItemKind.PRESS: "#fff3c4",
}


def _lanes(rows: list[ItemRow]) -> list[tuple[int, int]]:
    """Side-by-side lanes for overlapping items: (lane, lanes in its cluster) per row."""
    order = sorted(range(len(rows)), key=lambda n: (rows[n].data.starts_at, rows[n].id))
    result: list[tuple[int, int]] = [(0, 1)] * len(rows)
    cluster: list[int] = []
    ends: list[datetime] = []  # end of the last item in each lane of the current cluster
    cluster_end = None

    def close() -> None:
        for n in cluster:
            result[n] = (result[n][0], len(ends))

    for n in order:
        data = rows[n].data
        if cluster_end is not None and data.starts_at >= cluster_end:
            close()
            cluster, ends = [], []
        lane = next((i for i, end in enumerate(ends) if end <= data.starts_at), len(ends))
        if lane == len(ends):
            ends.append(data.ends_at)
        else:
            ends[lane] = data.ends_at
        result[n] = (lane, 0)
        cluster.append(n)
        cluster_end = max(cluster_end or data.ends_at, data.ends_at)
    close()
    return result


class ItemBlock(QGraphicsRectItem):
    """One item; dragging moves it, dragging its lower edge changes its end."""

    EDGE = 7.0

    def __init__(self, row: ItemRow, rect: QRectF, timeline: Timeline,
                 conflicts: list[Conflict]) -> None:
        super().__init__(rect)
        self.row, self.timeline, self._resizing = row, timeline, False
        self._press = QPointF()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        worst = max((c.severity for c in conflicts), default=None)
        border = {Severity.ERROR: COLOURS["overdue"], Severity.WARNING: COLOURS["due_soon"]}.get(
            worst, "#8393a7") if worst else "#8393a7"
        self.setPen(QPen(QColor(border), 2.5 if worst and worst >= Severity.WARNING else 1))
        fill = QColor(KIND_COLOURS.get(row.data.kind, "#eeeeee"))
        if row.data.status is ItemStatus.TENTATIVE:
            fill.setAlpha(150)
        self.setBrush(QBrush(fill))
        mark = "⚠ " if worst and worst >= Severity.WARNING else ""
        start = to_local(row.data.starts_at, timeline.zone)
        font = QFont()
        font.setPointSizeF(8.0)
        text = f"{mark}{format_time(start)} {row.data.title}"
        if timeline.mirrored:
            # Right to left the time comes first, on the right, whatever script the title is
            # in (a right-to-left mark sets the line's direction); a long title loses its end.
            metrics = QFontMetricsF(font)
            room = rect.width() - 8 - metrics.horizontalAdvance(f"{mark}{format_time(start)} ")
            title = metrics.elidedText(row.data.title, Qt.TextElideMode.ElideRight, room)
            text = f"\u200f{mark}{format_time(start)} \u2068{title}\u2069"
        label = QGraphicsSimpleTextItem(text, self)
        label.setFont(font)
        if timeline.mirrored:
            label.setPos(rect.right() - 4 - label.boundingRect().width(), rect.y() + 2)
        else:
            label.setPos(rect.x() + 4, rect.y() + 2)
        self.setToolTip("\n".join([row.data.title, *(conflict_text(c) for c in conflicts)]))

    def hoverMoveEvent(self, event: object) -> None:
        near = self.rect().bottom() - event.pos().y() < self.EDGE  # type: ignore[attr-defined]
        self.setCursor(Qt.CursorShape.SizeVerCursor if near else Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._press = event.scenePos()
        self._resizing = self.rect().bottom() - event.pos().y() < self.EDGE
        self.setSelected(True)
        self.setFocus()
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        delta = event.scenePos() - self._press
        if self._resizing:
            rect = self.rect()
            self.setRect(rect.x(), rect.y(), rect.width(), max(HOUR / 4, rect.height() + delta.y()))
            self._press = event.scenePos()
        else:
            self.setPos(self.pos() + delta)
            self._press = event.scenePos()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.timeline.block_dropped(self, self._resizing)


class Timeline(QGraphicsView):
    """Days side by side in one reference zone; edits are reported, never saved here."""

    item_moved = Signal(int, object, object)  # item id, new start, new end (UTC)
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Right to left, the days run from right to left and the hours stand on the right.
        self.mirrored = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if self.mirrored else Qt.AlignmentFlag.AlignLeft
        self.setAlignment(side | Qt.AlignmentFlag.AlignTop)
        self.zone = "UTC"
        self.days: list[date] = []
        self.blocks: dict[int, ItemBlock] = {}
        self.header: QGraphicsRectItem | None = None
        self._opened = False
        self.verticalScrollBar().valueChanged.connect(lambda *_: self._pin_header())

    def show_items(self, rows: list[ItemRow], conflicts: dict[int, list[Conflict]], zone: str,
                   first: date, last: date) -> None:
        keep = self.selected_id()
        self.zone = zone
        span = {to_local(r.data.starts_at, zone).date() for r in rows} | {first, last}
        start, end = min(span), max(span)
        self.days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
        scene = self.scene()
        scene.clear()
        self.blocks = {}
        self._grid()
        shown = [r for r in rows if r.data.status is not ItemStatus.CANCELLED
                 and not r.data.all_day and r.data.kind is not ItemKind.HOTEL]
        for row, (lane, lanes) in zip(shown, _lanes(shown), strict=True):
            rect = self._rect(row)
            width = rect.width() / lanes
            rect = QRectF(rect.x() + lane * width, rect.y(), width - 2, rect.height())
            block = ItemBlock(row, rect, self, conflicts.get(row.id, []))
            scene.addItem(block)
            self.blocks[row.id] = block
        if keep is not None:
            self.select(keep)

    def day_x(self, column: int) -> float:
        """Where the day ``column`` (0: the first day) starts on the scene, from the left."""
        if self.mirrored:
            return (len(self.days) - 1 - column) * DAY_WIDTH
        return GUTTER + column * DAY_WIDTH

    def gutter_x(self) -> float:
        return len(self.days) * DAY_WIDTH if self.mirrored else 0.0

    def column_at(self, x: float) -> int:
        counted = int(x // DAY_WIDTH) if self.mirrored else int((x - GUTTER) // DAY_WIDTH)
        column = len(self.days) - 1 - counted if self.mirrored else counted
        return max(0, min(len(self.days) - 1, column))

    def _grid(self) -> None:
        scene = self.scene()
        height = HEADER + 24 * HOUR
        grey, muted = QPen(QColor("#e3e7ec")), QColor(COLOURS["muted"])
        days_left = 0.0 if self.mirrored else GUTTER
        for hour in range(25):
            y = HEADER + hour * HOUR
            scene.addLine(days_left, y, days_left + len(self.days) * DAY_WIDTH, y, grey)
            if hour < 24:
                label = scene.addSimpleText(digits(f"{hour:02d}:00"))
                label.setBrush(muted)
                label.setPos(self.gutter_x() + 6, y - 7)
        for n in range(len(self.days) + 1):
            x = days_left + n * DAY_WIDTH
            scene.addLine(x, 0, x, height, QPen(QColor("#c9d1db")))
        scene.setSceneRect(0, 0, GUTTER + len(self.days) * DAY_WIDTH + 10, height + 10)
        self._header()

    def _header(self) -> None:
        """Day titles and the zone, on a band that stays at the top while the hours scroll."""
        width = GUTTER + len(self.days) * DAY_WIDTH
        band = QGraphicsRectItem(0, 0, width, HEADER)
        band.setBrush(QBrush(self.palette().base().color()))
        band.setPen(QPen(QColor("#c9d1db")))
        band.setZValue(10)  # above the blocks that scroll under it
        for n, day in enumerate(self.days):
            title = QGraphicsSimpleTextItem(format_day(day), band)
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
            inset = DAY_WIDTH - 8 - title.boundingRect().width() if self.mirrored else 8
            title.setPos(self.day_x(n) + inset, (HEADER - title.boundingRect().height()) / 2)
        caption = QGraphicsSimpleTextItem(band)
        metrics = QFontMetricsF(caption.font())
        place = zone_place(self.zone)
        caption.setText(metrics.elidedText(place, Qt.TextElideMode.ElideRight, GUTTER - 10))
        caption.setToolTip(tr("Times in {place} ({zone})").format(place=place, zone=self.zone))
        caption.setBrush(QColor(COLOURS["muted"]))
        caption.setPos(self.gutter_x() + 6, (HEADER - caption.boundingRect().height()) / 2)
        self.scene().addItem(band)
        self.header = band
        self._pin_header()

    def _pin_header(self) -> None:
        if self.header is not None:
            self.header.setY(max(0.0, self.mapToScene(0, 0).y()))

    def open_on_working_day(self) -> None:
        """The first time it is shown, the view starts at the working day, not midnight."""
        if not self._opened:
            self._opened = True
            self.verticalScrollBar().setValue(int(WORKING_DAY_STARTS * HOUR - 8))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.open_on_working_day()

    def _rect(self, row: ItemRow) -> QRectF:
        start = to_local(row.data.starts_at, self.zone)
        column = (start.date() - self.days[0]).days
        minutes = start.hour * 60 + start.minute
        length = (row.data.ends_at - row.data.starts_at).total_seconds() / 60
        length = min(length, 24 * 60 - minutes)  # long flights are clipped at midnight
        return QRectF(self.day_x(column) + 3, HEADER + minutes / 60 * HOUR,
                      DAY_WIDTH - 6, max(length / 60 * HOUR, HOUR / 4))

    def _instant(self, x: float, y: float) -> datetime:
        column = self.column_at(x)
        minutes = round(((y - HEADER) / HOUR * 60) / SNAP_MINUTES) * SNAP_MINUTES
        minutes = max(0, min(24 * 60 - SNAP_MINUTES, minutes))
        local = datetime.combine(self.days[column], time(0), ZoneInfo(self.zone))
        return (local + timedelta(minutes=minutes)).astimezone(UTC)

    def block_dropped(self, block: ItemBlock, resized: bool) -> None:
        row = block.row
        if resized:
            rect = block.rect()
            end = self._instant(rect.center().x(), rect.bottom())
            start = row.data.starts_at
            if end <= start:
                end = start + timedelta(minutes=SNAP_MINUTES)
        else:
            top_left = block.mapToScene(block.rect().topLeft())
            start = self._instant(top_left.x() + DAY_WIDTH / 2, top_left.y())
            end = start + (row.data.ends_at - row.data.starts_at)
        if (start, end) != (row.data.starts_at, row.data.ends_at):
            self.item_moved.emit(row.id, start, end)
        else:
            block.setPos(0, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move the selected item (15 min; a day sideways); Shift resizes its end."""
        block = self.blocks.get(self.selected_id() or -1)
        back, forth = ((Qt.Key.Key_Right, Qt.Key.Key_Left) if self.mirrored
                       else (Qt.Key.Key_Left, Qt.Key.Key_Right))  # the way the days run
        step = {Qt.Key.Key_Up: -15, Qt.Key.Key_Down: 15, back: -24 * 60,
                forth: 24 * 60}.get(Qt.Key(event.key()))
        if block is None or step is None:
            if block is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.item_activated.emit(block.row.id)
                return
            super().keyPressEvent(event)
            return
        data, delta = block.row.data, timedelta(minutes=step)
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            if abs(step) == 15 and data.ends_at + delta > data.starts_at:
                self.item_moved.emit(block.row.id, data.starts_at, data.ends_at + delta)
        else:
            self.item_moved.emit(block.row.id, data.starts_at + delta, data.ends_at + delta)

    def mouseDoubleClickEvent(self, event: object) -> None:
        item = self.itemAt(event.position().toPoint())  # type: ignore[attr-defined]
        while item is not None and not isinstance(item, ItemBlock):
            item = item.parentItem()
        if isinstance(item, ItemBlock):
            self.item_activated.emit(item.row.id)

    def selected_id(self) -> int | None:
        chosen = [i for i in self.scene().selectedItems() if isinstance(i, ItemBlock)]
        return chosen[0].row.id if chosen else None

    def select(self, item_id: int) -> None:
        block = self.blocks.get(item_id)
        if block is not None:
            self.scene().clearSelection()
            block.setSelected(True)
            self.ensureVisible(block)
