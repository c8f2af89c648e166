"""What the officer is told about a save whose answer was lost with the connection."""

from __future__ import annotations

from ..text import tr


def unknown_text(saved: bool | None) -> str:
    if saved is None:
        return tr("The connection dropped while saving. Whether the change went in is asked "
                  "of the server as soon as it is back, and you will be told; do not make it "
                  "again until then.")
    if saved:
        return tr("Saved — the connection dropped as it was saved, and the server confirms "
                  "it is in (once). It cannot be undone with Ctrl+Z.")
    return tr("Not saved: the connection dropped before the save went through. Your values "
              "are still here; save again once the connection is back.")
