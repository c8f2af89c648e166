"""What every page needs from the window: the database, the undo stack, settings, notices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtGui import QUndoStack

from ..services.database import Database
from .settings import Settings


@dataclass
class AppContext:
    db: Database
    undo: QUndoStack
    settings: Settings
    notify: Callable[[str], None] = print
    today: Callable[[], date] = field(default=date.today)
