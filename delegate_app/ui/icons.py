"""One icon set for the whole app (Material Design Icons via qtawesome, bundled offline)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import qtawesome
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPalette,
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
def icon_font() -> Any:
    """The one font the icons come from, Material Design Icons 6 (qtawesome's own icon()
    loads all twelve of its fonts and their character maps first: 7 MiB more)."""
    fonts = getattr(qtawesome, "_BUNDLED_FONTS", ())
    mdi6 = next((f for f in fonts if f[0] == "mdi6"), None)
    if mdi6 is None:  # another qtawesome: its own loading
        return qtawesome
    from qtawesome.iconic_font import IconicFont

    return IconicFont(mdi6)


@cache
def _icon(name: str, colour: str | None, mirrored: bool) -> QIcon:
    colour = colour or COLOURS.get(name, COLOURS["icon"])
    drawn = icon_font().icon(ICONS[name], color=QColor(colour))
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
