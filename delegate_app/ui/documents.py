"""Open a document kept in the database (a signed agreement, the evidence of a kept promise)
in the program the system uses for it."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_document(name: str, content: bytes) -> Path:
    """Write a private copy into a fresh temporary folder and hand it to the system viewer."""
    folder = Path(tempfile.mkdtemp(prefix="delegate_app-"))
    safe = re.sub(r"[\\/:*?\"<>|\x00-\x1f]", "_", name).strip(". ") or "document"
    target = folder / safe
    target.write_bytes(content)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target
