"""Errors whose messages a protocol officer can read and act upon."""

from __future__ import annotations


class DelegateAppError(Exception):
    """Base of every error the application reports to its user."""

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(DelegateAppError):
    """Input that cannot be saved; ``field_errors`` maps a field name to its message."""

    def __init__(self, field_errors: dict[str, str]) -> None:
        self.field_errors = dict(field_errors)
        super().__init__("; ".join(self.field_errors.values()))


class NotFoundError(DelegateAppError):
    """The record asked for no longer exists."""


class StaleEditError(DelegateAppError):
    """Someone saved the record after the user opened it."""


class InUseError(DelegateAppError):
    """The record is still referenced and cannot be removed."""


class DatabaseError(DelegateAppError):
    """The database cannot be opened, upgraded or used."""


class DatabaseLockedError(DatabaseError):
    """Another delegate_app process holds the database file."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer delegate_app."""


class NotEmptyError(DelegateAppError):
    """An operation meant for an empty database found records in it."""


class NotAllowedError(DelegateAppError):
    """The signed-in officer's role does not allow this (the database refused it)."""


class ConnectionLostError(DatabaseError):
    """The shared office database cannot be reached; nothing was written."""


class SaveUnknownError(ConnectionLostError):
    """The connection dropped while a save was being committed: it may or may not be in.

    ``transaction`` identifies it on the server, so its fate can be asked once the server
    is back (never by saving again, which could save twice)."""

    def __init__(self, message: str, transaction: int | None = None) -> None:
        super().__init__(message)
        self.transaction = transaction
        self.saved: bool | None = None  # the server's answer once asked (None: not yet)
