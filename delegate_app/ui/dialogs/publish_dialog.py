"""Publish a delegation's calendar to the office's CalDAV server (Nextcloud, Radicale...)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from ...domain.records import Choice
from ..text import tr
from .form import FormDialog
from .pickers import edition_box, member_box


class PublishDialog(FormDialog):
    def __init__(self, title: str, members: list[Choice], server: str, user: str,
                 password: str | None, can_remember: bool, parent: QWidget | None = None) -> None:
        super().__init__(tr("Publish calendar — {title}").format(title=title), parent)
        form = self.add_tab(tr("Calendar server"))
        self.server = self.add_field(form, "server", tr("&Server"), QLineEdit(server, self),
                                     tr("e.g. https://cloud.example.org/remote.php/dav"))
        self.user = self.add_field(form, "user", tr("&User"), QLineEdit(user, self))
        self.password = self.add_field(form, "password", tr("&Password"),
                                       QLineEdit(password or "", self))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(tr("Remember in the system keyring"), self)
        self.remember.setEnabled(can_remember)
        if not can_remember:
            self.remember.setToolTip(tr("No system keyring here: you will be asked each time."))
        form.addRow("", self.remember)
        self.member = self.add_field(form, "member", tr("&Whose calendar"),
                                     member_box(self, members))
        self.edition = self.add_field(form, "edition", tr("&Edition"), edition_box(self))

    def value(self) -> tuple[dict[str, object], dict[str, str]]:
        errors = {}
        if not self.server.text().strip().startswith(("http://", "https://")):
            errors["server"] = tr("Give the server's address, starting with https://")
        if not self.user.text().strip():
            errors["user"] = tr("Give your user name on the server.")
        if not self.password.text():
            errors["password"] = tr("Give your password.")
        return {"server": self.server.text().strip(), "user": self.user.text().strip(),
                "password": self.password.text(), "remember": self.remember.isChecked(),
                "member": self.member.currentData(), "edition": self.edition.currentData()}, errors
