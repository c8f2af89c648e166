"""The main window with the sample plan, driven as an officer drives it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from delegate_app.services import people as people_service
from delegate_app.ui.dialogs.city_dialog import CityDialog
from delegate_app.ui.dialogs.person_dialog import PersonDialog
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.pages.base import ListPage
from delegate_app.ui.table_model import fold

from .conftest import today as today_page
from .conftest import when_modal


def names(page: ListPage) -> list[str]:
    page.model.fetch_all()
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def press_ok(dialog: QWidget) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_every_page_opens_with_the_sample_plan(window: MainWindow, qtbot: QtBot) -> None:
    for key in ("summits", "delegations", "people", "cities", "commitments"):
        page = window.show_page(key)
        assert window.stack.currentWidget() is page
        assert page.model.rowCount() > 0, key
        assert page.stack.currentWidget() is page.table
        assert page.detail.toPlainText().strip(), key
    today = today_page(qtbot, window).view.toPlainText()
    assert "Under way — today and tomorrow" in today
    assert "Overdue commitments" in today and "days late" in today


def test_lists_sort_and_filter_ignoring_accents(window: MainWindow) -> None:
    cities = window.show_page("cities")
    cities.filter.setText("sao paulo")
    assert cities.proxy.rowCount() == 1
    assert cities.proxy.index(0, 0).data() == "São Paulo"
    cities.filter.clear()
    cities.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = [cities.proxy.index(r, 0).data() for r in range(cities.proxy.rowCount())]
    assert shown == sorted(shown, key=fold, reverse=True)  # "São" sorts as "Sao"


def test_create_a_person_through_the_dialog_then_undo_and_redo(
        window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("people")
    before = len(names(page))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        dialog.field("honorific").setText("Ms")
        dialog.field("given_name").setText("Lucía")
        dialog.field("family_name").setText("Fernández")
        dialog.field("position").setText("Director of International Relations")
        dialog.field("languages").setText("es, en")
        press_ok(dialog)

    failures = when_modal(qtbot, fill)
    page.new_action.trigger()
    assert failures == []
    assert "Ms Lucía Fernández" in names(page)
    assert len(names(page)) == before + 1
    assert page.current().display_name == "Ms Lucía Fernández"
    created_id = page.current().id

    window.undo_action.trigger()
    assert "Ms Lucía Fernández" not in names(page)
    assert all(p.id != created_id for p in people_service.list_people(window.ctx.db.sessions))

    window.redo_action.trigger()
    assert "Ms Lucía Fernández" in names(page)
    assert any(p.id == created_id for p in people_service.list_people(window.ctx.db.sessions))


def test_bad_input_is_shown_next_to_the_field_until_corrected(
        window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("cities")
    before = names(page)
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CityDialog)
        dialog.name.setText("Tabriz")
        dialog.country.setText("IR")
        dialog.zone.setCurrentText("Iran Standard Time")
        dialog.latitude.setText("north")
        dialog.longitude.setText("51.67")
        press_ok(dialog)
        assert dialog.isVisible()  # the dialog stays open, every wrong field marked
        seen["latitude"] = _error_under(dialog.latitude)
        seen["time_zone"] = _error_under(dialog.zone)
        dialog.zone.setCurrentText("Asia/Tehran")
        dialog.latitude.setText("32.65")
        press_ok(dialog)
        seen["after"] = _error_under(dialog.latitude) + _error_under(dialog.zone)
        assert not dialog.isVisible()

    failures = when_modal(qtbot, fill)
    page.new_action.trigger()
    assert failures == []
    assert "must be a number" in seen["latitude"]
    assert "Asia/Tehran" in seen["time_zone"]
    assert seen["after"] == ""
    assert sorted(names(page)) == sorted([*before, "Tabriz"])
    window.undo_action.trigger()
    assert names(page) == before
    assert not window.ctx.undo.canUndo()


def _error_under(field: QWidget) -> str:
    labels = [lbl for lbl in field.parentWidget().findChildren(QLabel) if lbl.isVisible()]
    return " ".join(lbl.text() for lbl in labels)


def test_edit_a_city_then_undo(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("cities")
    assert page.select(next(r.id for r in page.model.rows() if r.data.name == "Tokyo"))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CityDialog)
        assert dialog.native.text() == "東京"
        dialog.population.setText("14 094 034")
        press_ok(dialog)

    failures = when_modal(qtbot, fill)
    page.edit_action.trigger()
    assert failures == []
    assert page.current().data.population == 14_094_034
    window.undo_action.trigger()
    tokyo = next(r for r in page.model.rows() if r.data.name == "Tokyo")
    assert tokyo.data.population != 14_094_034


def test_delete_asks_first_and_undo_restores(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("people")

    def add(dialog: QWidget) -> None:
        dialog.field("family_name").setText("Okonkwo")  # type: ignore[attr-defined]
        press_ok(dialog)

    when_modal(qtbot, add)
    page.new_action.trigger()
    person = page.current()
    assert person.display_name == "Okonkwo"

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "Okonkwo" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    failures = when_modal(qtbot, confirm)
    page.delete_action.trigger()
    assert failures == []
    assert "Okonkwo" not in names(page)
    window.undo_action.trigger()
    assert "Okonkwo" in names(page)
    assert any(r.id == person.id for r in page.model.rows())


def test_a_person_in_a_delegation_cannot_be_deleted(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("people")
    page.select(next(r.id for r in page.model.rows() if r.precedence_rank == 1))
    count = len(names(page))
    messages: list[str] = []

    def confirm(box: QWidget) -> None:
        box.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[attr-defined]
        when_modal(qtbot, lambda warning: (messages.append(warning.text()),  # type: ignore[attr-defined]
                                           warning.accept()))  # type: ignore[attr-defined]

    when_modal(qtbot, confirm)
    page.delete_action.trigger()
    qtbot.waitUntil(lambda: bool(messages))
    assert "cannot be deleted" in messages[0] and "delegation" in messages[0]
    assert len(names(page)) == count
    assert not window.ctx.undo.canUndo()


def test_empty_database_says_what_to_do(empty_window: MainWindow, qtbot: QtBot) -> None:
    page = empty_window.show_page("delegations")
    assert page.stack.currentWidget() is page.empty
    assert "sample plan" in page.empty.text()
    assert "sample plan" in today_page(qtbot, empty_window).view.toPlainText()


def test_sample_plan_loads_off_the_gui_thread(empty_window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(empty_window.sample_loaded, timeout=60_000):
        empty_window.load_sample_plan()
    assert empty_window.show_page("people").model.rowCount() >= 35


def test_ctrl_k_finds_across_scripts_and_opens_the_record(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    dialog = window.open_search()
    qtbot.keyClicks(dialog.box, "sao paulo")
    dialog.run()
    assert dialog.results.item(0).text().startswith("São Paulo")
    dialog.box.setText("تهران")
    dialog.run()
    assert dialog.results.item(0).text().startswith("Tehran")
    dialog.box.setText("farahani")
    dialog.run()
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    page = window.stack.currentWidget()
    assert page is window.pages["people"]
    assert page.current().display_name == "Dr Mehdi Farahani"


def test_record_a_gift_and_export_the_register(window: MainWindow, qtbot: QtBot,
                                              tmp_path: object) -> None:
    from delegate_app.ui.dialogs.gift_dialog import GiftDialog

    page = window.show_page("gifts")
    before = len(page.model.rows())

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, GiftDialog)
        dialog.description.setText("Lacquered writing box")
        dialog.amount.setText("three hundred")
        press_ok(dialog)
        assert dialog.isVisible() and "number" in _error_under(dialog.amount)
        dialog.amount.setText("300")
        dialog.currency.setText("usd")
        press_ok(dialog)

    failures = when_modal(qtbot, fill)
    page.new_action.trigger()
    assert failures == [] and len(page.model.rows()) == before + 1
    assert page.current().data.currency == "USD"
    year = page.current().data.given_on.year
    assert page.export_register(year, str(tmp_path / "gifts.xlsx")) >= 1  # type: ignore[operator]
    window.undo_action.trigger()
    assert len(page.model.rows()) == before


def test_set_a_photo_then_undo(window: MainWindow, tmp_path: object) -> None:
    from PIL import Image

    from delegate_app.services import photos

    page = window.show_page("people")
    path = tmp_path / "portrait.png"  # type: ignore[operator]
    Image.new("RGB", (800, 1000), (200, 160, 120)).save(path)
    assert page.set_photo(str(path))
    person = page.current()
    assert photos.get_photo(window.ctx.db.sessions, person.id) is not None
    assert "<img" in page.detail.toHtml()
    window.undo_action.trigger()
    assert photos.get_photo(window.ctx.db.sessions, person.id) is None


def test_change_of_office_from_the_people_page(window: MainWindow) -> None:
    from datetime import date

    page = window.show_page("people")
    mayor = next(r for r in page.model.rows() if r.precedence_rank == 1)
    page.select(mayor.id)
    assert page.change_of_office(date(2027, 6, 30), None, ask=False)
    assert page.current().position.startswith("Former Mayor of Tehran")
    assert "Positions held" in page.detail.toPlainText()
    window.undo_action.trigger()
    assert page.current().position == mayor.position


def test_add_a_member_city_to_a_network_then_undo(window: MainWindow) -> None:
    from datetime import date

    from delegate_app.domain.enums import MembershipRole
    from delegate_app.services import cities as city_service

    page = window.show_page("organisations")
    c40 = next(r for r in page.model.rows() if r.data.acronym == "C40")
    page.select(c40.id)
    tehran = next(c.id for c in city_service.list_cities(window.ctx.db.sessions)
                  if c.data.name == "Tehran")
    page.add_member({"city": tehran, "role": MembershipRole.OBSERVER, "when": date(2027, 1, 1)})
    assert "Tehran — observer" in page.detail.toPlainText()
    window.undo_action.trigger()
    assert "Tehran — observer" not in page.detail.toPlainText()


def test_partnership_and_agreement_from_the_cities_page(window: MainWindow,
                                                        tmp_path: object) -> None:
    from delegate_app.domain.enums import PartnershipKind, PartnershipStatus
    from delegate_app.domain.records import PartnershipInput
    from delegate_app.services import delegations
    from delegate_app.ui.pages import partnership_actions

    page = window.show_page("cities")
    paris = next(r for r in page.model.rows() if r.data.name == "Paris")
    page.select(paris.id)
    ours = delegations.home_city_id(window.ctx.db.sessions)
    partnership_actions.new_partnership(page, PartnershipInput(
        ours, paris.id, PartnershipKind.LETTER_OF_INTENT, PartnershipStatus.PROPOSED,
        "Tehran–Paris letter of intent"))
    assert "Letter of intent" in page.detail.toPlainText()
    document = tmp_path / "loi.pdf"  # type: ignore[operator]
    document.write_bytes(b"%PDF-1.7 letter")
    partnership_actions.attach_agreement(page, str(document))
    assert "loi.pdf" in page.detail.toPlainText()
    window.undo_action.trigger()
    assert "loi.pdf" not in page.detail.toPlainText()
    window.undo_action.trigger()
    assert "Tehran–Paris letter of intent" not in page.detail.toPlainText()


def test_a_chain_of_edits_undoes_all_the_way_back(window: MainWindow, qtbot: QtBot) -> None:
    """New, edit, delete, then undo each: every step goes back, none blames someone else."""
    page = window.show_page("people")
    before = len(names(page))

    def add(dialog: QWidget) -> None:
        dialog.field("family_name").setText("Chain")  # type: ignore[attr-defined]
        press_ok(dialog)

    def edit(dialog: QWidget) -> None:
        dialog.field("position").setText("Advisor")  # type: ignore[attr-defined]
        press_ok(dialog)

    when_modal(qtbot, add)
    page.new_action.trigger()
    when_modal(qtbot, edit)
    page.edit_action.trigger()
    assert page.current().position == "Advisor"
    when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    page.delete_action.trigger()
    assert len(names(page)) == before
    window.undo_action.trigger()  # the delete
    assert page.current() is not None and page.current().position == "Advisor"
    window.undo_action.trigger()  # the edit
    assert next(r for r in page.model.rows() if r.display_name == "Chain").position == ""
    window.undo_action.trigger()  # the creation
    assert len(names(page)) == before and not window.ctx.undo.canUndo()
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert next(r for r in page.model.rows() if r.display_name == "Chain").position \
        == "Advisor"


def test_export_then_import_contacts_from_the_file_menu(window: MainWindow, qtbot: QtBot,
                                                        tmp_path: object) -> None:
    from delegate_app.ui import contacts_io

    target = tmp_path / "people.csv"  # type: ignore[operator]
    with qtbot.waitSignal(window.contacts_done, timeout=20_000):
        contacts_io.export_contacts(window, str(target))
    text = target.read_text("utf-8-sig")
    # id, honorific, given_name, family_name, native_name, position, organisation, city, email
    text += ",Ms,Lucía,Benítez Ocampo,,Advisor,,,l.ocampo@example.org\r\n"
    changed = tmp_path / "changed.csv"  # type: ignore[operator]
    changed.write_text(text, encoding="utf-8")
    page = window.show_page("people")
    before = len(names(page))
    seen: list[str] = []

    def confirm(dialog: QWidget) -> None:
        from PySide6.QtWidgets import QListWidget

        seen.extend(dialog.findChild(QListWidget).item(n).text()  # type: ignore[union-attr]
                    for n in range(dialog.findChild(QListWidget).count()))  # type: ignore[union-attr]
        press_ok(dialog)

    failures = when_modal(qtbot, confirm)
    contacts_io.import_contacts(window, str(changed))
    qtbot.waitUntil(lambda: len(names(page)) == before + 1, timeout=20_000)
    assert failures == [] and any(line.startswith("CREATE") for line in seen)
    window.undo_action.trigger()
    assert len(names(page)) == before


def test_a_restart_opens_today_and_the_go_menu_reads_as_the_sidebar(
        qtbot: QtBot, sample_db: object, tmp_path: object) -> None:
    from .conftest import make_window

    first = make_window(qtbot, sample_db, tmp_path)  # type: ignore[arg-type]
    first.show_page("delegations")
    first.close()
    again = make_window(qtbot, sample_db, tmp_path)  # type: ignore[arg-type]
    assert again.current_page() is again.pages["today"]
    go = next(a.menu() for a in again.menuBar().actions() if a.text() == "&Go")
    shown = [a.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
             for a in go.actions()]
    assert shown == [p.title for p in again.pages.values()]
    assert "Cities & networks" in shown


def test_the_other_pages_load_while_the_window_is_idle(window: MainWindow, qtbot: QtBot) -> None:
    """Once Today shows its data, the other pages' modules load in idle moments, so the
    officer's first click on a page does not wait for its module."""
    assert window.preloading
    qtbot.waitUntil(lambda: not window.preloading, timeout=20_000)
    assert window.current_page() is window.pages["today"]  # nothing else was opened
