"""The Commitments and Today pages, the reminders and the outcome dialog, driven as an
officer would, over the sample plan in a real SQLite file."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from delegate_app.domain.enums import CommitmentStatus, DueWindow
from delegate_app.domain.follow_up import StatusChange
from delegate_app.services import commitments
from delegate_app.ui.dialogs.commitment_dialog import StatusDialog
from delegate_app.ui.dialogs.outcome_dialog import OutcomeDialog
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.pages.commitments import CommitmentsPage
from tests.conftest import SAMPLE_NOW, SAMPLE_TODAY
from tests.ui.conftest import today as today_page
from tests.ui.conftest import when_modal

DONE = CommitmentStatus.DONE


def _page(window: MainWindow) -> CommitmentsPage:
    page = window.show_page("commitments")
    assert isinstance(page, CommitmentsPage)
    return page


def _shown(page: CommitmentsPage) -> list[str]:
    return [page.proxy.index(r, 3).data() for r in range(page.proxy.rowCount())]


def test_filters_narrow_the_list_and_overdue_rows_stand_out(window: MainWindow) -> None:
    page = _page(window)
    assert len(_shown(page)) == 15  # open or in progress, by default
    page.set_filter(due=DueWindow.OVERDUE)
    assert len(_shown(page)) == 5
    tint = page.proxy.index(0, 3).data(Qt.ItemDataRole.BackgroundRole)
    assert tint is not None and tint.color().name() == "#fdecea"
    assert "late" in page.proxy.index(0, 0).data()
    moscow = page.city_box.findText("Moscow")
    page.city_box.setCurrentIndex(moscow)
    assert len(_shown(page)) == 2 and all("Moscow" in page.proxy.index(r, 6).data()
                                          for r in range(2))
    page.clear_filters()
    assert len(_shown(page)) == 19
    page.set_filter(statuses=frozenset({DONE}))
    assert len(_shown(page)) == 3


def test_group_by_city_shows_each_city_balance(window: MainWindow) -> None:
    page = _page(window)
    page.grouped.setChecked(True)
    assert page.stack.currentWidget() is page.tree
    branches = {page.tree.topLevelItem(n).text(0): page.tree.topLevelItem(n)
                for n in range(page.tree.topLevelItemCount())}
    assert branches["Buenos Aires"].text(1).startswith("we owe 3 · they owe 1")
    assert "1 overdue" in branches["Barcelona"].text(1)
    leaf = branches["Moscow"].child(0)
    page.tree.setCurrentItem(leaf)
    assert page.current().city == "Moscow"
    assert "Moscow" in page.detail.toPlainText()


def test_marking_done_asks_for_evidence_and_undo_puts_it_back(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    page = _page(window)
    page.set_filter(due=DueWindow.OVERDUE)
    page.table.selectRow(0)
    record = page.current()
    assert not page.step_actions[CommitmentStatus.IN_PROGRESS].isEnabled() or (
        record.status is CommitmentStatus.OPEN)

    def refuse_then_fill(dialog: QWidget) -> None:
        assert isinstance(dialog, StatusDialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # no evidence yet
        assert dialog.isVisible() and "how it was kept" in dialog._errors["note"].text()
        dialog.note.setPlainText("Sent by e-mail to Ms Volkova")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    failures = when_modal(qtbot, refuse_then_fill)
    assert page.change_status(DONE)
    assert not failures
    page.set_filter(statuses=frozenset())
    page.select(record.id)
    assert page.current().status is DONE
    text = page.detail.toPlainText()
    assert "Sent by e-mail to Ms Volkova" in text and "→ Done" in text
    window.undo_action.trigger()
    assert page.current().status is record.status
    assert "Change undone" in page.detail.toPlainText()


def test_a_step_the_workflow_refuses_is_explained_and_changes_nothing(
        qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    page.set_filter(statuses=frozenset({DONE}))
    page.table.selectRow(0)
    record = page.current()
    assert not page.step_actions[CommitmentStatus.DROPPED].isEnabled()
    messages = when_modal(qtbot, lambda box: box.accept())  # the refusal's message box
    assert not page.change_status(CommitmentStatus.DROPPED, StatusChange(
        CommitmentStatus.DROPPED, note="x"))
    assert messages == []
    assert commitments.history(window.ctx.db.sessions, record.id)[-1].to_status is DONE


def test_today_tells_what_needs_doing_and_each_entry_opens_its_record(
        window: MainWindow, qtbot: QtBot) -> None:
    today = today_page(qtbot, window)
    text = today.view.toPlainText()
    assert "5 overdue · 4 due within 14 days" in text
    assert "Overdue commitments, by owner (5)" in text
    assert "Dr Reza Karimi (3)" in text  # grouped by owner, the most overdue first
    assert text.index("Dr Reza Karimi") < text.index("Eng. Kamran Rahimi")
    assert "Conflicts in upcoming itineraries" in text
    assert "Partnerships up for renewal" in text
    html = today.view.toHtml()
    item_link = html[html.index("item:"):].split("'")[0].split('"')[0]
    window.open_link(item_link)
    workspace = window.show_page("delegations").tabs.currentWidget()
    assert workspace.agenda.current_item().id == int(item_link.split("/")[-1])
    commitment_link = html[html.index("record:commitments/"):].split('"')[0].split("'")[0]
    window.open_link(commitment_link)
    assert window.current_page().current().id == int(commitment_link.split("/")[-1])


def test_reminders_tell_once_what_became_overdue(qtbot: QtBot, window: MainWindow) -> None:
    banner = window.reminders
    qtbot.waitUntil(banner.isVisible)  # at start-up: the five overdue ones
    assert "5 commitments are overdue" in banner.text.text()
    banner.dismiss_button.click()
    assert banner.check() == [] and not banner.isVisible()  # nothing new: no notice
    # Four days later, one more has passed its due date in its owner's zone.
    later = SAMPLE_NOW + timedelta(days=5)
    window.ctx.now = lambda: later
    new = banner.check()
    assert [r.due_on for r in new] == [SAMPLE_TODAY + timedelta(days=4)]
    assert banner.isVisible() and "became overdue since you last looked" in banner.text.text()
    banner.show_button.click()
    page = window.current_page()
    assert isinstance(page, CommitmentsPage) and page.due_box.currentData() == "overdue"


def test_an_outcome_and_its_commitments_in_a_few_keystrokes(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    today = today_page(qtbot, window)
    html = today.view.toHtml()
    start = html.index("Working session on urban mobility")
    link = html[:start].rsplit("item:", 1)[1].split("'")[0].split('"')[0]
    window.open_link("item:" + link)
    workspace = window.show_page("delegations").tabs.currentWidget()
    before = len(commitments.list_commitments(window.ctx.db.sessions))

    def type_two(dialog: QWidget) -> None:
        assert isinstance(dialog, OutcomeDialog)
        dialog.summary.setPlainText("Agreed to exchange metro operations data.")
        dialog.tabs.setCurrentIndex(1)
        qtbot.keyClicks(dialog.what, "Send the Line 1 ridership data")
        qtbot.keyClick(dialog.what, Qt.Key.Key_Return)  # adds it, does not close
        assert dialog.isVisible() and dialog.what.text() == ""
        dialog.direction.setCurrentIndex(1)  # they owe us
        qtbot.keyClicks(dialog.what, "Invite our engineers to Montevideo")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # typed one kept

    failures = when_modal(qtbot, type_two)
    assert workspace.record_outcome()
    assert not failures
    rows = commitments.list_commitments(window.ctx.db.sessions)
    assert len(rows) == before + 2
    added = {r.description: r for r in rows[-2:]} | {r.description: r for r in rows}
    sent = added["Send the Line 1 ridership data"]
    assert sent.city == "Montevideo" and sent.counterpart and sent.owner
    assert added["Invite our engineers to Montevideo"].direction.value == "they_owe"
    window.undo_action.trigger()
    assert len(commitments.list_commitments(window.ctx.db.sessions)) == before


def test_an_agreement_with_all_commitments_done_is_marked_fulfilled(window: MainWindow) -> None:
    cities_page = window.show_page("cities")
    cities_page.select(next(r.id for r in cities_page.model.rows() if r.data.name == "Kazan"))
    text = cities_page.detail.toPlainText()
    assert "1 of 1 commitments done" in text and "Mark fulfilled" in text
    fulfil = cities_page.detail.toHtml().split("action:fulfil/")[1].split('"')[0]
    cities_page._on_link(QUrl(f"action:fulfil/{fulfil}"))
    assert "Fulfilled" in cities_page.detail.toPlainText()
    assert "Mark fulfilled" not in cities_page.detail.toPlainText()
    window.undo_action.trigger()
    assert "Mark fulfilled" in cities_page.detail.toPlainText()


