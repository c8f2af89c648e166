"""Which schema a database is at, and which this installation expects, without Alembic.

Every command opens the database and first asks whether it needs an upgrade. Loading Alembic
for that question costs a quarter of a second of each `list` or `check`; the answer needs
only the `alembic_version` row and the revision ids written in the migration files. Alembic
is loaded (by db/migrate.py) only when the answer is "upgrade"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect

from ..config import migrations_dir


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def scripts_dir() -> Path:
    """The migration scripts: one place for this module and Alembic's configuration (a
    test that adds a script points both at its copy by replacing this)."""
    return migrations_dir()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None: no version table, or it is empty)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        stamped = list(conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalars())
    if len(stamped) <= 1:
        return stamped[0] if stamped else None
    from alembic.runtime.migration import MigrationContext  # it says what is wrong

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


VERSION_TABLE = "alembic_version"  # Alembic's default, where it stamps the revision
_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*['\"](\w+)['\"]\s*$", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=\s*(?:None|['\"](\w+)['\"])\s*$", re.M)


def listed_head() -> str | None:
    """The newest revision as the scripts' ``revision = "…"`` and ``down_revision = "…"``
    lines say, read without Alembic: None unless every script has one of each and they make
    one line of history (then Alembic would answer the same)."""
    revisions: dict[str, str | None] = {}
    try:
        scripts = sorted((scripts_dir() / "versions").glob("*.py"))
        for script in scripts:
            text = script.read_text(encoding="utf-8")
            found, down = _REVISION.findall(text), _DOWN.findall(text)
            if len(found) != 1 or len(down) != 1 or found[0] in revisions:
                return None
            revisions[found[0]] = down[0] or None
    except (OSError, UnicodeDecodeError):
        return None
    parents = [d for d in revisions.values() if d is not None]
    heads = set(revisions) - set(parents)
    roots = [r for r, d in revisions.items() if d is None]
    if (len(heads) != 1 or len(roots) != 1 or len(set(parents)) != len(parents)
            or not set(parents) <= set(revisions)):
        return None  # branches, merges or a missing script: Alembic decides
    return heads.pop()
