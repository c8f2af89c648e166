"""A keyring backend that, like an encrypted-file keyring, asks for its own password on stdin."""

from __future__ import annotations

from keyring.backend import KeyringBackend


class AskingKeyring(KeyringBackend):
    """Every access asks for the keyring's password; without a terminal that is an EOFError."""

    priority = 1  # type: ignore[assignment]

    def _unlock(self) -> None:
        input("Password for the keyring: ")
        raise AssertionError("this test keyring is never unlocked")

    def get_password(self, service: str, username: str) -> str | None:
        self._unlock()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._unlock()

    def delete_password(self, service: str, username: str) -> None:
        self._unlock()
