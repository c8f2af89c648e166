"""Where things live: the user's data folder, the database URL, bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "delegate_app"
DB_ENV_VAR = "DELEGATE_APP_DB"
DATA_ENV_VAR = "DELEGATE_APP_DATA_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder for the default database, backups and bookkeeping files."""
    override = os.environ.get(DATA_ENV_VAR)
    return Path(override).expanduser() if override else user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "delegate_app.sqlite"


def resolve_database_url(value: str | None = None) -> str:
    """``--db`` value, else ``$DELEGATE_APP_DB``, else the user data file, as a SQLAlchemy URL.

    A plain path means a SQLite file; anything with ``://`` is taken as a URL.
    ``postgresql://`` gets the psycopg 3 driver; several hosts (a primary and its standby,
    ``host1:5432,host2:5432``) are passed on to it whole.
    """
    chosen = value or os.environ.get(DB_ENV_VAR) or str(default_database_path())
    chosen = chosen.strip()
    if "://" in chosen:
        if chosen.startswith(("postgresql://", "postgres://")):
            return "postgresql+psycopg://" + _several_hosts(chosen.split("://", 1)[1])
        return chosen
    return "sqlite:///" + str(Path(chosen).expanduser().resolve())


def _several_hosts(rest: str) -> str:
    """libpq's ``user@h1:5432,h2:5433/db?x=y`` in SQLAlchemy's words:
    ``user@/db?host=h1:5432&host=h2:5433&x=y`` (its URL parser takes one host only)."""
    netloc, _, tail = rest.partition("/")
    userinfo, at, hosts = netloc.rpartition("@")
    if "," not in hosts:
        return rest
    path, _, query = tail.partition("?")
    given = "&".join(f"host={host}" for host in hosts.split(",") if host)
    return f"{userinfo}{at}/{path}?{given}" + (f"&{query}" if query else "")


def _bundled_or_repo(name: str) -> Path:
    """Installed wheels carry the folder inside the package; a source checkout has it at top."""
    bundled = _PACKAGE_DIR / "_bundled" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent / name


def migrations_dir() -> Path:
    return _bundled_or_repo("migrations")


def resources_dir() -> Path:
    return _bundled_or_repo("resources")


def export_folders_file() -> Path:
    """Folders exports were written to, so stale temporary files there can be cleaned."""
    return data_dir() / "export-folders.txt"
