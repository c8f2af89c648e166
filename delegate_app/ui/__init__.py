"""Everything Qt: the main window, its pages and dialogs, Qt models, undo and background tasks."""

from .binding import keep_none_alive

keep_none_alive()  # before any Qt call: see binding.py (PySide6 6.12 on Python 3.11)
