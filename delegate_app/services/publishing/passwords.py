"""The CalDAV password in the system keyring, never in a file; a keyring that fails is a notice."""

from __future__ import annotations

import logging

import keyring

KEYRING_SERVICE = "delegate_app CalDAV"

log = logging.getLogger(__name__)

# A keyring may be locked behind its own password and ask for it on a terminal: without one
# that is an EOFError; backends also raise their own (D-Bus, Secret Service...) errors. None
# of them may stop a publish, so any failure of the keyring is caught.
_KEYRING_FAILURES = (Exception,)


def keyring_available() -> bool:
    """True when the system offers a real keyring (not the fail or plain-text backends)."""
    try:
        backend = keyring.get_keyring()
    except _KEYRING_FAILURES:
        return False
    name = type(backend).__module__ + "." + type(backend).__name__
    return getattr(backend, "priority", 0) > 0 and "fail" not in name and "plaintext" not in \
        name.lower()


def stored_password(server: str, user: str) -> str | None:
    """The remembered password, or None (also when the keyring cannot be opened)."""
    if not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, f"{user}@{server}")
    except _KEYRING_FAILURES as exc:
        log.warning("Keyring not readable: %s", type(exc).__name__)
        return None


def remember_password(server: str, user: str, password: str) -> str | None:
    """Keep the password in the system keyring: None when kept, else a one-line notice."""
    if not keyring_available():
        return "No system keyring here: the password was not kept; you will be asked again."
    try:
        keyring.set_password(KEYRING_SERVICE, f"{user}@{server}", password)
    except _KEYRING_FAILURES as exc:
        log.warning("Keyring not writable: %s", type(exc).__name__)
        return ("The system keyring could not keep the password (it is locked or asked for "
                "its own password); you will be asked again.")
    return None
