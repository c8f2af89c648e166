"""Translation hook: every user-visible string of the interface passes through ``tr``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "delegate_app"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)
