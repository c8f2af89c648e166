"""What every page needs from the window: the database, the undo stack, settings, notices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from PySide6.QtGui import QUndoStack

from ..services.database import Database
from .changes import ChangeHub
from .settings import Settings
from .undo import UndoStack


@dataclass
class AppContext:
    db: Database
    undo: QUndoStack
    settings: Settings
    notify: Callable[[str], None] = print
    today: Callable[[], date] = field(default=date.today)  # the office's day
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    changes: ChangeHub = field(init=False)

    def __post_init__(self) -> None:
        """One change hub per window, fed by the database; the undo stack settles it."""
        self.changes = ChangeHub(self.db.subscribe, self.undo)
        if isinstance(self.undo, UndoStack):
            self.undo.changes = self.changes
