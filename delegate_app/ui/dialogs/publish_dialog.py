"""Publish a delegation's calendar to the office's CalDAV server: where to, then the plan."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from ...domain.records import Choice
from ...services.publishing import PublishPlan
from ..icons import COLOURS, icon
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


class PublishPlanDialog(FormDialog):
    """What publishing will create, update, cancel and remove on the server, before it is sent."""

    def __init__(self, plan: PublishPlan, parent: QWidget | None = None) -> None:
        super().__init__(tr("Publish “{name}”").format(name=plan.calendar_name), parent)
        self.setMinimumSize(760, 480)
        form = self.add_tab(tr("What will change on the server"))
        where = plan.calendar_url or tr("a new calendar on {server}").format(server=plan.server)
        summary = QLabel(tr(
            "{where}: {c} to create, {u} to update, {x} to cancel, {r} to remove, {n} "
            "unchanged; {o} events others put there are left alone. Nothing is sent until you "
            "press Publish.").format(
                where=where, c=len(plan.created), u=len(plan.updated), x=len(plan.cancelled),
                r=len(plan.removed), n=plan.unchanged, o=plan.others), self)
        summary.setWordWrap(True)
        form.addRow(summary)
        self.list = QListWidget(self)
        for verb, changes, icon_name, colour in (
                (tr("Create"), plan.created, "new", COLOURS["done"]),
                (tr("Update"), plan.updated, "edit", COLOURS["accent"]),
                (tr("Cancel"), plan.cancelled, "dropped", COLOURS["overdue"]),
                (tr("Remove"), plan.removed, "delete", COLOURS["overdue"])):
            for change in changes:
                QListWidgetItem(icon(icon_name, colour), tr("{verb}: {when} — {title}").format(
                    verb=verb, when=change.when, title=change.summary), self.list)
        form.addRow(self.list)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Publish"))
        self.value = lambda: (None, {})  # type: ignore[method-assign,assignment]
