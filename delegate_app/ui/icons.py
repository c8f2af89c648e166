"""One icon set for the whole app: Material Design Icons 6, the font qtawesome bundles
(offline), drawn here as qtawesome draws its glyphs. qtawesome itself is not imported: its
compatibility layer star-imports every class of QtCore, QtGui and QtWidgets (21 MiB), and its
icon() loads all twelve of its fonts with their character maps (7 MiB more)."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QToolBar, QWidget

ICONS = {
    "today": "mdi6.calendar-today",
    "summits": "mdi6.account-group",
    "delegations": "mdi6.airplane-takeoff",
    "people": "mdi6.card-account-details-outline",
    "cities": "mdi6.city-variant-outline",
    "commitments": "mdi6.handshake-outline",
    "new": "mdi6.plus-circle-outline",
    "edit": "mdi6.pencil-outline",
    "delete": "mdi6.delete-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "search": "mdi6.magnify",
    "sample": "mdi6.database-import-outline",
    "refresh": "mdi6.refresh",
    "overdue": "mdi6.alert-circle",
    "due_soon": "mdi6.clock-alert-outline",
    "done": "mdi6.check-circle-outline",
    "dropped": "mdi6.close-circle-outline",
    "open": "mdi6.circle-outline",
    "in_progress": "mdi6.progress-clock",
    "outgoing": "mdi6.airplane-takeoff",
    "incoming": "mdi6.airplane-landing",
    "internal": "mdi6.lock-outline",
    "quit": "mdi6.exit-to-app",
    "about": "mdi6.information-outline",
    "partnership": "mdi6.link-variant",
    "gifts": "mdi6.gift-outline",
    "history": "mdi6.history",
    "save": "mdi6.content-save-outline",
    "print": "mdi6.printer-outline",
    "open_external": "mdi6.open-in-new",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "fit_width": "mdi6.arrow-expand-horizontal",
    "fit_page": "mdi6.fit-to-page-outline",
    "previous_page": "mdi6.chevron-up",
    "next_page": "mdi6.chevron-down",
    "close": "mdi6.close",
    "document": "mdi6.file-pdf-box",
    "issue_version": "mdi6.tag-outline",
    "versions": "mdi6.history",
    "role_head": "mdi6.account-star",
    "role_member": "mdi6.account",
    "role_advisor": "mdi6.account-tie",
    "role_protocol": "mdi6.clipboard-account-outline",
    "role_press": "mdi6.camera-outline",
    "role_security": "mdi6.shield-account-outline",
    "role_interpreter": "mdi6.translate",
    "settings": "mdi6.cog-outline",
}
# Icons that point a way along the line of reading: mirrored when the window reads right
# to left (an undo arrow points back, an aeroplane flies the way the text goes).
DIRECTIONAL = frozenset({"undo", "redo", "quit", "open_external", "delegations", "outgoing",
                         "incoming", "sample"})

COLOURS = {
    "overdue": "#b3261e",
    "due_soon": "#9a6700",
    "done": "#2e7d32",
    "dropped": "#6b6b6b",
    "accent": "#1f4e79",
    "muted": "#5f6b7a",
    "icon": "#3c4858",
    "internal_background": "#fff4e5",
}
# The same meanings, readable on a dark palette (a desktop in dark mode).
DARK_COLOURS = {
    "overdue": "#f28b82",
    "due_soon": "#e3b341",
    "done": "#81c995",
    "dropped": "#a0a0a0",
    "accent": "#8ab4f8",
    "muted": "#a3adba",
    "icon": "#c8ced6",
    "internal_background": "#3d2e14",
}


def follow_palette() -> bool:
    """Use the dark colours when the application's palette is dark; True if it is. Call
    before windows are built (their style sheets take the colours then)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    dark = window.lightness() < 128
    if dark:
        COLOURS.update(DARK_COLOURS)
        _icon.cache_clear()
    return dark


def icon(name: str, colour: str | None = None) -> QIcon:
    mirrored = (name in DIRECTIONAL
                and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    return _icon(name, colour, mirrored)


@cache
def _glyphs() -> tuple[str, dict[str, str]]:
    """The icon font's family, and the characters of the icons we use by their names."""
    spec = importlib.util.find_spec("qtawesome")  # found, not imported
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("qtawesome (the icon font) is not installed")
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    ttf = max(fonts.glob("materialdesignicons6-webfont-[0-9]*.ttf"))
    charmap = max(fonts.glob("materialdesignicons6-webfont-charmap-*.json"))
    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFontFromData(ttf.read_bytes()))
    codes = json.loads(charmap.read_text(encoding="utf-8"))
    wanted = {name.removeprefix("mdi6.") for name in ICONS.values()}
    return families[0], {name: chr(int(codes[name], 16)) for name in wanted}


class GlyphEngine(QIconEngine):
    """One glyph of the icon font, in a colour per mode (as qtawesome paints its icons: the
    glyph 7/8 of the icon's height, centred)."""

    def __init__(self, char: str, colours: dict[QIcon.Mode, QColor]) -> None:
        super().__init__()
        self.family = _glyphs()[0]
        self.char, self.colours = char, colours

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self.colours.get(mode, self.colours[QIcon.Mode.Normal]))
        painter.setOpacity(1.0)
        font = QFont()
        font.setFamily(self.family)
        font.setPixelSize(round(0.875 * rect.height()))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter),
                         self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap


def glyph_icon(name: str, colour: QColor, selected: QColor | None = None) -> QIcon:
    """The icon ``name`` (a key of ICONS) in ``colour`` (``selected``: on a selected row);
    greyed out as the palette greys text."""
    disabled = QGuiApplication.palette().color(QPalette.ColorGroup.Disabled,
                                               QPalette.ColorRole.Text)
    colours = {QIcon.Mode.Normal: colour, QIcon.Mode.Active: colour,
               QIcon.Mode.Selected: selected or colour, QIcon.Mode.Disabled: disabled}
    return QIcon(GlyphEngine(_glyphs()[1][ICONS[name].removeprefix("mdi6.")], colours))


@cache
def _icon(name: str, colour: str | None, mirrored: bool) -> QIcon:
    drawn = glyph_icon(name, QColor(colour or COLOURS.get(name, COLOURS["icon"])))
    if not mirrored:
        return drawn
    # Mirrored pixmaps at the sizes we show (qtawesome's own flip misplaces the glyph when
    # the icon is painted away from the view's origin, as in a list).
    flipped = QIcon()
    for size in (16, 20, 24, 32, 48):
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Selected):
            pixmap = drawn.pixmap(QSize(size, size), mode)
            flipped.addPixmap(pixmap.transformed(QTransform().scale(-1, 1)), mode)
    return flipped


def toolbar_action(owner: QWidget, toolbar: QToolBar, text: str, icon_name: str,
                   handler: Callable[[], None],
                   shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
                   ) -> QAction:
    """An action on ``toolbar`` whose shortcut works anywhere inside ``owner``."""
    action = QAction(icon(icon_name), text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    # triggered(bool) would hand ``checked`` to a handler's first default argument.
    action.triggered.connect(lambda *_: handler())
    toolbar.addAction(action)
    owner.addAction(action)
    return action
