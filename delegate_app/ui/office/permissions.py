"""What the signed-in officer may do, shown on the actions themselves: what the role does
not allow is greyed out and its tooltip says why. The database refuses anyway if reached."""

from __future__ import annotations

from PySide6.QtGui import QAction

from ...domain.office import SignedIn
from ..text import said

WRITES, HEAD_ONLY, TIP = "delegate_app.writes", "delegate_app.head_only", "delegate_app.tip"


def writes(action: QAction, head_only: bool = False) -> QAction:
    """Mark an action that changes records (for the head of protocol alone, if so)."""
    action.setProperty(WRITES, True)
    action.setProperty(HEAD_ONLY, head_only)
    return action


def refusal(signed_in: SignedIn, action: QAction) -> str | None:
    """Why the officer may not use ``action``, or None when they may."""
    if not action.property(WRITES):
        return None
    if not signed_in.may_write:
        return said(signed_in.why_read_only)
    if action.property(HEAD_ONLY) and not signed_in.may_manage:
        return said(signed_in.why_not_head)
    return None


def enable(signed_in: SignedIn, action: QAction, wanted: bool = True) -> None:
    """Enable ``action`` when ``wanted`` and the role allows it; else say why in its tip."""
    why = refusal(signed_in, action)
    action.setEnabled(wanted and why is None)
    if why is not None:
        if action.property(TIP) is None:
            action.setProperty(TIP, action.toolTip())
        action.setToolTip(why)
    elif action.property(TIP) is not None:  # allowed again: its own tooltip back
        action.setToolTip(str(action.property(TIP)))
        action.setProperty(TIP, None)

