"""What every printed document shares: the office named on it, the paper sizes and the
atomic write of the PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Office
from ..domain.errors import ValidationError
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from ..exports.atomic import atomic_write

PAPERS = ("a4", "letter")


def office_name(session: Session) -> str:
    """The protocol office that prepares the document ("" before one is set up)."""
    return session.scalar(select(Office.name).order_by(Office.id).limit(1)) or ""


def write_pdf(target: Path, paper: str, render: Callable[[str], bytes]) -> Path:
    """Refuse an unknown paper size, else render on it and write atomically (temporary
    file, then replace)."""
    if paper not in PAPERS:
        raise ValidationError({"paper": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "The paper size is a4 or letter, not “{paper}”."), {"paper": paper})})
    return atomic_write(target, render(paper))
