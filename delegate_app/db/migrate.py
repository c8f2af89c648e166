"""Bring a database to the schema this app expects: back up, upgrade whole or not at all.

Alembic is imported only when a database is not at head (or a command asks for it): a
database already at head — every opening but the first after an update — is told so by
its version table and the migration scripts' revision lines, read without Alembic."""

from __future__ import annotations

import gc
import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from sqlalchemy import Connection, Engine, inspect

from ..config import create_private_file, log_file, private_folder
from ..domain.errors import DatabaseError, DatabaseTooNewError, NotAllowedError
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from . import office, revision
from .engine import make_engine, sqlite_path
from .models import Base
from .revision import VERSION_TABLE, UpgradeReport, current_revision, listed_head

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("delegate_app.db")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(revision.scripts_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "delegate_app", "This installation has no database migrations."))
    return head


def at_head(revision: str | None) -> TypeGuard[str]:
    """True when ``revision`` is the newest the scripts know (Alembic asked only when
    they cannot be read as one line of history)."""
    return revision is not None and revision == (listed_head() or head_revision())


def _known(revision: str) -> bool:
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
        if at_head(before):
            return UpgradeReport(before, before, None)
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
            from alembic import command

            with engine.begin() as conn:
                shared = office.is_postgres(conn) and office.drop_masked_views(conn)
                command.upgrade(alembic_config(conn), "head")
                _check_foreign_keys(conn)
                if shared:  # new tables and columns get the office's grants
                    office.apply_grants(conn)
        except DatabaseError:
            raise
        except NotAllowedError as exc:
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "The database needs an upgrade to schema {head} that only its "
                "owner may run: ask IT to run {command} (or {init}) with the administrator's "
                "address. Nothing was changed."), head=head, command="`delegate-app db upgrade`",
                init="`office init`") from exc
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
        # Alembic's run leaves thousands of cycles (its engines, pools, scripts): the program
        # keeps the collector waiting while it starts and then freezes what exists, so they
        # are collected here, once, rather than kept for the rest of the session.
        gc.collect()


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
    return bool(set(inspect(engine).get_table_names()) - {VERSION_TABLE})
