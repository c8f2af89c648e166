"""Reminders: at start-up and then every hour while the app runs, a quiet banner says which
commitments became overdue since the officer was last told — never a stack of dialogs."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..domain.errors import DelegateAppError
from ..domain.records import CommitmentRow
from ..services import commitments, failures
from .context import AppContext
from .icons import COLOURS, icon
from .tasks import run_in_background
from .text import tr

CHECK_EVERY_MS = 60 * 60 * 1000  # promises fall due at each owner's midnight, zone by zone


def _short(text: str, limit: int = 60) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


class ReminderBanner(QFrame):
    """A dismissable strip above the pages; "Show them" opens the overdue commitments."""

    show_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[CommitmentRow] = []
        self.setStyleSheet(f"QFrame {{ background: #fdecea; border-bottom: 1px solid "
                           f"{COLOURS['overdue']}; }} QLabel {{ border: none; }}")
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("overdue").pixmap(20, 20))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.show_button = QPushButton(tr("Show them"), self)
        self.show_button.clicked.connect(self._show)
        self.dismiss_button = QPushButton(tr("Dismiss"), self)
        self.dismiss_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.dismiss_button)
        self.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)

    def start(self) -> None:
        """The first look at start-up and then every hour, each off the GUI thread (a
        decade of commitments is read in a moment, but not in the window's first one)."""
        self.timer.timeout.connect(self.check_in_background)
        self.check_in_background()
        self.timer.start()

    def _since(self) -> datetime | None:
        stored = self.ctx.settings.last_reminder(self.ctx.db.description)
        try:
            return datetime.fromisoformat(stored) if stored else None
        except ValueError:
            return None

    def check(self) -> list[CommitmentRow]:
        """Tell what became overdue since last time (all that is overdue, the first time)."""
        since, now = self._since(), self.ctx.now()
        try:
            rows = commitments.newly_overdue(self.ctx.db.sessions, since, now)
        except DelegateAppError:  # a reminder never interrupts the officer; Today shows it
            return []
        return self._tell(rows, since, now)

    def check_in_background(self) -> None:
        since, now, sessions = self._since(), self.ctx.now(), self.ctx.db.sessions
        self._task = run_in_background(
            lambda: commitments.newly_overdue(sessions, since, now),
            lambda rows: self._tell(rows, since, now),
            lambda error: failures.log.warning("reminders not checked", exc_info=error))

    def _tell(self, rows: list[CommitmentRow], since: datetime | None,
              now: datetime) -> list[CommitmentRow]:
        self.ctx.settings.set_last_reminder(self.ctx.db.description,
                                            now.astimezone(UTC).isoformat())
        if rows:
            self.rows = rows
            self._say(rows, first_time=since is None)
            self.show()
        return rows

    def _say(self, rows: list[CommitmentRow], first_time: bool) -> None:
        n = len(rows)
        nobody = tr("no owner")
        names = "; ".join(f"“{_short(r.description)}” ({r.owner or nobody})" for r in rows[:3])
        more = tr(" and {n} more").format(n=n - 3) if n > 3 else ""
        if first_time:
            head = tr("{n} commitments are overdue:").format(n=n) if n > 1 else tr(
                "1 commitment is overdue:")
        else:
            head = tr("{n} commitments became overdue since you last looked:").format(
                n=n) if n > 1 else tr("1 commitment became overdue since you last looked:")
        self.text.setText(f"<b>{head}</b> {names}{more}.")

    def _show(self) -> None:
        self.hide()
        self.show_requested.emit()
