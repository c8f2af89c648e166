"""Bring a database to the schema this app expects: back up, upgrade whole or not at all.

Opening a database that is already current reads its revision with one query and the
head from the migrations' own files: Alembic (17 MiB of modules) loads only to upgrade,
to compare schemas, or when those files do not name one head."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from ..config import create_private_file, log_file, migrations_dir, private_folder
from ..domain.errors import DatabaseError, DatabaseTooNewError, NotAllowedError
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from . import office
from .engine import make_engine, sqlite_path
from .models import Base

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("delegate_app.db")
_REVISION = re.compile(r"^revision\b[^=\n]*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\b[^=\n]*=([^\n]*)$", re.MULTILINE)


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def listed_revisions() -> tuple[frozenset[str], str | None]:
    """The revisions the migration files name, and their one head (None: the files do not
    say it plainly — several heads, a revision not written as a literal)."""
    revisions: set[str] = set()
    below: set[str] = set()
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return frozenset(revisions), None
        revisions.add(revision.group(1))
        below.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    heads = revisions - below
    return frozenset(revisions), next(iter(heads)) if len(heads) == 1 else None


def head_revision() -> str:
    listed = listed_revisions()[1]
    if listed is not None:
        return listed
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "delegate_app", "This installation has no database migrations."))
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        if len(found) <= 1:
            return found[0] if found else None
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()  # says what is wrong


def _known(revision: str) -> bool:
    if revision in listed_revisions()[0]:
        return True
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False


def refuse_if_newer(revision: str | None, where: str) -> None:
    if revision is not None and not _known(revision):
        raise DatabaseTooNewError(QT_TRANSLATE_NOOP(
            "delegate_app", "The database {where} was written by a newer version of "
            "delegate_app (schema {revision}). Update delegate_app to open it; the database was "
            "left untouched."), where=where, revision=revision)


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file, through SQLite's own backup API, written
    beside the target first and then moved into place."""
    partial = target.with_name(target.name + ".partial")
    try:
        private_folder(target.parent)
        partial.unlink(missing_ok=True)
        create_private_file(partial)  # SQLite keeps the mode of a file it finds
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "delegate_app", "The backup could not be written to {target} ({reason})."),
            target=str(target), reason=str(exc)) from exc
    return target


def default_backup_path(db_file: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return db_file.parent / "backups" / f"{db_file.stem}-{stamp}-{label}.sqlite"


def upgrade(url: str) -> UpgradeReport:
    """Upgrade ``url`` to head in one transaction; a failure leaves the database as it was."""
    engine = make_engine(url, foreign_keys=False, wal=False)
    db_file = sqlite_path(url)
    try:
        before = current_revision(engine)
        refuse_if_newer(before, str(db_file or url))
        head = head_revision()
        if before is None and has_tables(engine):
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "{database} holds tables of another application; delegate_app "
                "will not touch it. Choose a new file or an empty database."),
                database=str(db_file or url))
        if before == head:
            return UpgradeReport(before, head, None)
        backup = None
        if db_file is not None and before is not None:
            backup = backup_sqlite(db_file, default_backup_path(db_file, f"before-{head}"))
        try:
            with engine.begin() as conn:
                shared = office.is_postgres(conn) and office.drop_masked_views(conn)
                from alembic import command

                command.upgrade(alembic_config(conn), "head")
                _check_foreign_keys(conn)
                if shared:  # new tables and columns get the office's grants
                    office.apply_grants(conn)
        except DatabaseError:
            raise
        except NotAllowedError as exc:
            raise DatabaseError(
                f"The database needs an upgrade to schema {head} that only its owner may run: "
                "ask IT to run `delegate-app db upgrade` (or `office init`) with the "
                "administrator's address. Nothing was changed.") from exc
        except Exception as exc:
            # The SQL and the driver's words go to the log file; the officer gets a sentence.
            log.error("upgrade of %s from %s to %s failed", db_file or "the database", before,
                      head, exc_info=exc)
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "The database could not be upgraded from schema {before} to "
                "{head}. Nothing was changed.{kept} The details are in the log file {log}."),
                before=before or "empty", head=head,
                kept=Wording(QT_TRANSLATE_NOOP(
                    "delegate_app", " A backup taken before the attempt is at {backup}."),
                    {"backup": str(backup)}) if backup else "",
                log=str(log_file())) from exc
        return UpgradeReport(before, head, backup)
    finally:
        engine.dispose()


def _check_foreign_keys(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "delegate_app", "The upgrade would leave records pointing at missing records in "
            "{tables}; it was rolled back and nothing was changed."), tables=", ".join(tables))


def schema_differences(engine: Engine) -> list[str]:
    """Differences between the models and the database (empty when they match)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return [str(diff) for diff in compare_metadata(ctx, Base.metadata)]


def has_tables(engine: Engine) -> bool:
    return bool(set(inspect(engine).get_table_names()) - {"alembic_version"})
