"""Errors whose messages a protocol officer can read and act upon.

An error keeps its message as a ``Wording`` (English template and values, see
``wording.py``): ``str(error)`` and ``error.message`` are the English sentence (logs, tests),
``services.failures.explain`` says it in the office's language.
"""

from __future__ import annotations

from collections.abc import Mapping

from .wording import Wording, joined


class DelegateAppError(Exception):
    """Base of every error the application reports to its user.

    ``DelegateAppError(QT_TRANSLATE_NOOP("delegate_app", "The {what} is gone."), what=x)``:
    the template is marked for the catalog, its values follow as keywords. A plain string
    (or a ready ``Wording``) is accepted too.
    """

    def __init__(self, message: str | Wording = "", /, **values: object) -> None:
        self.wording = message if isinstance(message, Wording) else Wording(message, values)
        super().__init__(self.wording.say())

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(DelegateAppError):
    """Input that cannot be saved; ``field_errors`` maps a field name to its message
    (English; ``field_wordings`` keeps each as a Wording for the office's language)."""

    def __init__(self, field_errors: Mapping[str, str | Wording]) -> None:
        self.field_wordings = {name: error if isinstance(error, Wording) else Wording(error)
                               for name, error in field_errors.items()}
        self.field_errors = {name: w.say() for name, w in self.field_wordings.items()}
        super().__init__(joined(list(self.field_wordings.values())))


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
