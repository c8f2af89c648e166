"""Where things live: the user's data folder, the database URL, bundled resources."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "delegate_app"
DB_ENV_VAR = "DELEGATE_APP_DB"
DATA_ENV_VAR = "DELEGATE_APP_DATA_DIR"
LOG_ENV_VAR = "DELEGATE_APP_LOG_DIR"
PRIVATE_FOLDER, PRIVATE_FILE = 0o700, 0o600  # whatever the umask: briefings are not for all
_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The folder for the default database, backups and bookkeeping files."""
    override = os.environ.get(DATA_ENV_VAR)
    return Path(override).expanduser() if override else user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    """Where the log file goes: ``$DELEGATE_APP_LOG_DIR``, else beside an overridden data
    folder, else the platform's log folder."""
    override = os.environ.get(LOG_ENV_VAR)
    if override:
        return Path(override).expanduser()
    if os.environ.get(DATA_ENV_VAR):
        return data_dir() / "logs"
    return user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    return log_dir() / "delegate_app.log"


def private_folder(path: Path) -> Path:
    """Make ``path`` (and missing parents) with only this account allowed in the last one."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    return path


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty, readable by this account only; False if it already exists."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        return False
    return True


def open_to_others(path: Path) -> bool:
    """Whether accounts other than the owner may read or enter ``path``."""
    try:
        return os.name != "nt" and bool(path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO))
    except OSError:
        return False


def ours(folder: Path) -> bool:
    """Whether ``folder`` is one of ours to tighten: owned by this account, not a shared
    sticky folder (/tmp), and named for us or holding our database or backups."""
    try:
        found = folder.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(found.st_mode) or found.st_mode & stat.S_ISVTX:
        return False
    if hasattr(os, "getuid") and found.st_uid != os.getuid():
        return False
    return folder.name in (APP_NAME, "backups") or (folder / "delegate_app.sqlite").is_file()


def tighten(paths: list[Path]) -> list[Path]:
    """Take away other accounts' access to those of ``paths`` that have it; returns them."""
    changed = []
    for path in paths:
        if open_to_others(path):
            try:
                os.chmod(path, PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)
            except OSError:  # not ours to change; the notice still says what is open
                continue
            changed.append(path)
    return changed


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
