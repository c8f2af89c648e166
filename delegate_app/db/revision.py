"""Which schema a database is at, and which this installation expects, without Alembic.

Every command opens the database and first asks whether it needs an upgrade. Loading Alembic
for that question costs a quarter of a second of each `list` or `check`; the answer needs
only the `alembic_version` row and the revision ids written in the migration files. Alembic
is loaded (by db/migrate.py) only when the answer is "upgrade"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc

from ..config import migrations_dir


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]*)?=\s*(?:[\"']([^\"']+)[\"']|None)", re.M)


def scripts_dir() -> Path:
    """The migration scripts: one place for this module and Alembic's configuration (a
    test that adds a script points both at its copy by replacing this)."""
    return migrations_dir()


def head_revision() -> str | None:
    """The newest migration's id as its file says it; None when the files cannot be read
    that simply (then db/migrate.py asks Alembic)."""
    revisions, downs = set(), set()
    for path in (scripts_dir() / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found, down = _REVISION.search(source), _DOWN.search(source)
        if found is None or down is None:
            return None
        revisions.add(found.group(1))
        if down.group(1):
            downs.add(down.group(1))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    """The revision the database says it is at (None: no schema of ours yet)."""
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except sa_exc.ProgrammingError:  # PostgreSQL: no such table
            return None
        except sa_exc.OperationalError as exc:  # SQLite: no such table
            if "no such table" in str(exc.orig):
                return None
            raise
    return rows[0][0] if len(rows) == 1 else None
