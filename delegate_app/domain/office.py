"""Officers of a shared office, their roles and what each role may do."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .enums import LabelledEnum
from .errors import ValidationError
from .wording import QT_TRANSLATE_NOOP, Wording

# Login names become PostgreSQL role names; keep them plain so nobody needs quoting.
_NAME = re.compile(r"[a-z][a-z0-9_.-]{0,62}")
RESERVED = ("delegate_", "pg_", "postgres", "public", "current_user", "session_user")


class Role(LabelledEnum):
    VIEWER = "viewer"
    OFFICER = "officer"
    HEAD = "head"

    @property
    def label(self) -> str:
        return {"viewer": QT_TRANSLATE_NOOP("delegate_app", "Viewer"),
                "officer": QT_TRANSLATE_NOOP("delegate_app", "Officer"),
                "head": QT_TRANSLATE_NOOP("delegate_app", "Head of protocol")}[self.value]

    @property
    def duties(self) -> str:
        return {
            "viewer": QT_TRANSLATE_NOOP(
                "delegate_app", "reads the programme; no internal notes, briefings or bookings"),
            "officer": QT_TRANSLATE_NOOP(
                "delegate_app", "plans and edits everything, reads internal notes"),
            "head": QT_TRANSLATE_NOOP(
                "delegate_app", "as an officer, and also the office profile and archiving"),
        }[self.value]


def validate_officer_name(name: str) -> str:
    """The officer's sign-in name: lower-case letters, digits, '.', '_' or '-'."""
    cleaned = name.strip()
    if not _NAME.fullmatch(cleaned):
        raise ValidationError({"name": (
            f"'{name}' cannot be a sign-in name: use up to 63 lower-case letters, digits, "
            "'.', '_' or '-', starting with a letter (e.g. sara.karimi).")})
    if cleaned.startswith(RESERVED):
        raise ValidationError({"name": f"'{cleaned}' is reserved by the database; choose "
                                       "another sign-in name."})
    return cleaned


@dataclass(frozen=True, slots=True)
class Officer:
    """One officer of the office as the database knows them."""

    name: str
    role: Role | None  # None: removed (cannot sign in, keeps what they did on record)
    can_sign_in: bool

    @property
    def status(self) -> str:
        return "active" if self.can_sign_in and self.role is not None else "removed"


@dataclass(frozen=True, slots=True)
class SignedIn:
    """Who is using the app and what the database lets them do.

    On SQLite (one workstation) ``shared`` is False: the officer is the computer's
    account and may do everything."""

    name: str
    role: Role | None
    shared: bool
    may_write: bool = True
    may_manage: bool = True  # the office profile and archiving

    @property
    def role_label(self) -> str:
        if not self.shared:
            return QT_TRANSLATE_NOOP("delegate_app", "this workstation")
        return self.role.label if self.role else QT_TRANSLATE_NOOP("delegate_app",
                                                                   "database owner")

    @property
    def why_read_only(self) -> Wording:
        """The sentence a greyed-out action shows as its tooltip."""
        return Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "Signed in as {name}, with the role {role}: you may read the "
            "programme but not change it. Ask the head of protocol for an officer role."),
            {"name": self.name, "role": Wording(self.role_label)})

    @property
    def may_read_record(self) -> bool:
        """The record of changes carries internal values before and after: not for viewers."""
        return not self.shared or self.role is not Role.VIEWER

    @property
    def why_no_record(self) -> Wording:
        return Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "Signed in as {name}, with the role {role}: the record of "
            "changes is kept for officers and the head of protocol."),
            {"name": self.name, "role": Wording(self.role_label)})

    @property
    def why_not_head(self) -> Wording:
        return Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "Only the head of protocol may do this; {name} has the role "
            "{role}."), {"name": self.name, "role": Wording(self.role_label)})
