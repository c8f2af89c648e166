"""The status bar's side of the shared office: who is signed in (and as what), a banner
while the server cannot be reached, and a quiet notice of each colleague's change."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ...domain.changes import ChangeSet
from ...domain.office import SignedIn
from ...domain.wording import QT_TRANSLATE_NOOP
from ..context import AppContext
from ..icons import COLOURS, icon
from ..text import tr, translated

# A colleague's change, in the officer's words: "Reza changed an itinerary item".
WORDS = {
    "itinerary_item": (QT_TRANSLATE_NOOP("delegate_app", "an itinerary item"),
                      QT_TRANSLATE_NOOP("delegate_app", "{n} itinerary items")),
    "delegation": (QT_TRANSLATE_NOOP("delegate_app", "a delegation"),
                  QT_TRANSLATE_NOOP("delegate_app", "{n} delegations")),
    "delegation_member": (QT_TRANSLATE_NOOP("delegate_app", "a delegation's members"),
                         QT_TRANSLATE_NOOP("delegate_app", "delegations' members")),
    "person": (QT_TRANSLATE_NOOP("delegate_app", "a person"),
              QT_TRANSLATE_NOOP("delegate_app", "{n} people")),
    "city": (QT_TRANSLATE_NOOP("delegate_app", "a city"),
            QT_TRANSLATE_NOOP("delegate_app", "{n} cities")),
    "organisation": (QT_TRANSLATE_NOOP("delegate_app", "an organisation"),
                    QT_TRANSLATE_NOOP("delegate_app", "{n} organisations")),
    "summit": (QT_TRANSLATE_NOOP("delegate_app", "a summit"),
              QT_TRANSLATE_NOOP("delegate_app", "{n} summits")),
    "summit_session": (QT_TRANSLATE_NOOP("delegate_app", "a summit session"),
                      QT_TRANSLATE_NOOP("delegate_app", "{n} summit sessions")),
    "commitment": (QT_TRANSLATE_NOOP("delegate_app", "a commitment"),
                  QT_TRANSLATE_NOOP("delegate_app", "{n} commitments")),
    "gift": (QT_TRANSLATE_NOOP("delegate_app", "the gift register"),
            QT_TRANSLATE_NOOP("delegate_app", "the gift register")),
    "partnership": (QT_TRANSLATE_NOOP("delegate_app", "a partnership"),
                   QT_TRANSLATE_NOOP("delegate_app", "{n} partnerships")),
    "meeting_outcome": (QT_TRANSLATE_NOOP("delegate_app", "a meeting's outcome"),
                       QT_TRANSLATE_NOOP("delegate_app", "{n} meeting outcomes")),
    "office": (QT_TRANSLATE_NOOP("delegate_app", "the office profile"),
              QT_TRANSLATE_NOOP("delegate_app", "the office profile")),
}
QUIET = ("reconnected", "periodic check")  # origins that are no colleague


def what_changed(change: ChangeSet) -> str:
    """The main things a change set touched, shortest first: "an itinerary item"."""
    parts = []
    for kind, (one, many) in WORDS.items():
        ids = change.ids(kind)
        if ids is None:
            parts.append(translated(many).format(n=tr("some")))
        elif ids:
            parts.append(translated(one) if len(ids) == 1
                         else translated(many).format(n=len(ids)))
    return ", ".join(parts[:3]) or tr("the programme")


class SignedInLabel(QLabel):
    """"sara — Officer" beside the database's name; the tooltip says what the role allows."""

    def __init__(self, signed_in: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        role = signed_in.role
        text = tr("Signed in as {name} — {role}").format(
            name=signed_in.name, role=translated(signed_in.role_label))
        self.setText(text)
        self.setStyleSheet(f"color: {COLOURS['muted']}; padding-right: 12px;")
        duties = translated(role.duties) if role else (
            tr("roles do not apply on one workstation") if not signed_in.shared
            else tr("not one of the office's officers: the database's own rights apply"))
        self.setToolTip(f"{text} ({duties})" + ("" if signed_in.may_write else "\n" + tr(
            "Read only: every change is greyed out, and the database refuses it anyway.")))
        self.setAccessibleName(text)


class ConnectionBanner(QFrame):
    """A strip above the pages while the office database cannot be reached."""

    state_changed = Signal(bool)  # emitted from the listener's thread; handled on the GUI's

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(f"QFrame {{ background: #fdecea; border-bottom: 1px solid "
                           f"{COLOURS['overdue']}; }} QLabel {{ color: #5f1410; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        badge = QLabel(self)
        badge.setPixmap(icon("overdue").pixmap(18, 18))
        self.text = QLabel(tr(
            "The office database cannot be reached. What is open stays readable; changes "
            "cannot be saved until the connection is back. Reconnecting by itself…"), self)
        self.text.setWordWrap(True)
        row.addWidget(badge)
        row.addWidget(self.text, 1)
        self.hide()
        self.state_changed.connect(self._show_state)
        self._stop: Callable[[], None] = lambda: None
        if ctx.db.live is not None:
            self._stop = ctx.db.live.watch(self._from_any_thread)
            self.destroyed.connect(lambda *_: self._stop())

    def _from_any_thread(self, online: bool) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone
            self.state_changed.emit(online)

    def _show_state(self, online: bool) -> None:
        if online == self.isHidden():
            return
        self.setVisible(not online)
        if online:
            self.ctx.notify(tr("Connected to the office database again; what is shown is "
                               "up to date."))


def notice_of(change: ChangeSet) -> str | None:
    """The status bar's line for a colleague's change; None for one's own."""
    if not change.origin or change.origin in QUIET or not change.by:
        return None
    return tr("{who} changed {what}").format(who=change.by, what=what_changed(change))
