"""The preview of a calendar import: what will be added, updated, left alone or rejected."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from ...services.ics_import import ImportPreview
from ..icons import COLOURS, icon
from ..text import tr
from .form import FormDialog

_MARKS = (("ADD", "new", COLOURS["done"]), ("UPDATE", "edit", COLOURS["accent"]),
          ("UNCHANGED", "open", COLOURS["muted"]), ("REJECTED", "overdue", COLOURS["overdue"]),
          ("NOTE", "about", COLOURS["due_soon"]))


class ImportPreviewDialog(FormDialog):
    def __init__(self, preview: ImportPreview, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Import calendar into “{title}”").format(title=preview.delegation),
                         parent)
        self.setMinimumSize(760, 520)
        form = self.add_tab(tr("Preview"))
        summary = QLabel(tr(
            "{file}: {a} to add, {u} to update, {n} unchanged, {r} rejected. Nothing is "
            "written until you press OK.").format(
                file=file_name, a=len(preview.added), u=len(preview.updated),
                n=len(preview.unchanged), r=len(preview.rejected)), self)
        summary.setWordWrap(True)
        form.addRow(summary)
        self.list = QListWidget(self)
        for line in preview.lines():
            word = line.split()[0]
            _, icon_name, colour = next(m for m in _MARKS if m[0] == word)
            QListWidgetItem(icon(icon_name, colour), line[len(word):].strip(), self.list)
        form.addRow(self.list)
        self.value = lambda: (None, {})  # type: ignore[method-assign,assignment]
