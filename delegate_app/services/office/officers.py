"""IT staff's side of the shared office: set it up, add officers, change roles, remove them.

Officers are PostgreSQL login roles granted one of three group roles (db/office.py); these
run with the database administrator's address (one that may create roles).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import Connection

from ...db import office as office_sql
from ...domain.errors import DatabaseError, NotAllowedError, ValidationError
from ...domain.office import Officer, Role, validate_officer_name
from ..database import Database

T = TypeVar("T")
NOT_SET_UP = ("This database is not set up as a shared office yet: run `delegate-app office "
              "init --db URL --head NAME` first.")


@dataclass(frozen=True)
class OfficeSetUp:
    """What `office init` did."""

    description: str
    upgraded_from: str | None
    upgraded: bool
    head_added: str | None
    officers: tuple[Officer, ...]


def refuse_sqlite(db: Database) -> None:
    if db.path is not None:
        raise DatabaseError(
            f"Roles apply to a shared office database (PostgreSQL); {db.path} is a SQLite "
            "file on one workstation, where the officer is the computer's own account.")


@contextmanager
def _administering(url: str | None, need_office: bool = True) -> Iterator[Connection]:
    """One transaction on the office database as its administrator."""
    db = Database(url, exclusive=False)
    refuse_sqlite(db)
    with db:
        try:
            with db.engine.begin() as conn:
                if need_office and not office_sql.is_office(conn):
                    raise DatabaseError(NOT_SET_UP)
                yield conn
        except NotAllowedError as exc:
            raise NotAllowedError(
                "Managing officers needs the database administrator's address (a role that "
                f"may create roles and owns the tables); {exc.message}") from exc


def _run(url: str | None, work: Callable[[Connection], T], need_office: bool = True) -> T:
    with _administering(url, need_office) as conn:
        return work(conn)


def _officer(conn: Connection, name: str) -> Officer:
    for officer in office_sql.officers(conn):
        if officer.name == name:
            return officer
    raise ValidationError({"name": f"There is no officer named {name} (see `delegate-app "
                                   "office list`)."})


Password = Callable[[], str | None]  # asked only when a new login role needs one


def init_office(url: str | None, head: str | None, password: Password) -> OfficeSetUp:
    """Schema by the migrations, the roles and their grants, and the first head of protocol.
    Safe to run again: it adds what is missing and grants anew (after an upgrade too)."""
    if head is not None:
        head = validate_officer_name(head)
    db = Database(url, exclusive=False)
    refuse_sqlite(db)
    with db:
        report = db.upgrade_report
        with db.engine.begin() as conn:
            office_sql.ensure_groups(conn)
            office_sql.apply_grants(conn)
            added = _first_head(conn, head, password)
            everyone = tuple(office_sql.officers(conn))
    return OfficeSetUp(db.description, report.from_revision if report else None,
                       bool(report and report.changed), added, everyone)


def _first_head(conn: Connection, head: str | None, password: Password) -> str | None:
    existing = office_sql.officers(conn)
    if head is None:
        if not any(o.role is Role.HEAD and o.can_sign_in for o in existing):
            raise ValidationError({"head": "Name the head of protocol: --head NAME (they can "
                                           "then be given colleagues with add-officer)."})
        return None
    if any(o.name == head for o in existing):
        return None  # already there: init is idempotent
    _add(conn, head, Role.HEAD, password)
    return head


def _add(conn: Connection, name: str, role: Role, password: Password) -> Officer:
    known = {o.name: o for o in office_sql.officers(conn)}
    active = known.get(name)
    if active is not None and active.role is not None and active.can_sign_in:
        raise ValidationError({"name": (
            f"{name} is already an officer ({active.role.label.lower()}); change their role "
            "with `office set-role`.")})
    if name not in known and office_sql.role_exists(conn, name):
        raise ValidationError({"name": f"The database already has a role named {name} that "
                                       "is not one of this office's officers; choose another "
                                       "name."})
    secret = password()
    if not secret:
        raise ValidationError({"password": f"{name} needs a password to sign in: give it with "
                                           "--password-stdin, or run the command in a terminal "
                                           "to be asked."})
    verifier = office_sql.password_verifier(conn, name, secret)
    if name in known:
        office_sql.reinstate(conn, name, role, verifier)
    else:
        office_sql.create_officer(conn, name, role, verifier)
    return _officer(conn, name)


def add_officer(url: str | None, name: str, role: Role, password: Password) -> Officer:
    name = validate_officer_name(name)
    return _run(url, lambda conn: _add(conn, name, role, password))


def list_officers(url: str | None) -> list[Officer]:
    return _run(url, office_sql.officers)


def _refuse_last_head(conn: Connection, name: str) -> None:
    heads = [o for o in office_sql.officers(conn)
             if o.role is Role.HEAD and o.can_sign_in and o.name != name]
    if not heads:
        raise ValidationError({"name": f"{name} is the only head of protocol; make another "
                                       "officer head first."})


def set_role(url: str | None, name: str, role: Role) -> Officer:
    def change(conn: Connection) -> Officer:
        officer = _officer(conn, name)
        if officer.status != "active":
            raise ValidationError({"name": f"{name} was removed; add them again with "
                                           "`office add-officer`."})
        if officer.role is Role.HEAD and role is not Role.HEAD:
            _refuse_last_head(conn, name)
        office_sql.set_role(conn, name, role)
        return _officer(conn, name)

    return _run(url, change)


def remove_officer(url: str | None, name: str) -> Officer:
    """They can no longer sign in and lose their rights; what they did keeps their name."""
    def remove(conn: Connection) -> Officer:
        officer = _officer(conn, name)
        if officer.role is Role.HEAD:
            _refuse_last_head(conn, name)
        office_sql.remove_officer(conn, name)
        return _officer(conn, name)

    return _run(url, remove)
