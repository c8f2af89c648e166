"""The main window: navigation, menus and pages; it wires them and holds no logic of its own."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain.enums import DueWindow
from ..domain.errors import DelegateAppError
from ..services import sample, search
from . import contacts_io
from .collector import collect_on_gui_thread
from .context import AppContext
from .dates import isolate
from .dialogs.search_dialog import SearchDialog
from .dialogs.settings_dialog import SettingsDialog
from .icons import COLOURS, icon
from .office import permissions
from .office.saving import settle_unknown
from .office.status import ConnectionBanner, SignedInLabel, notice_of
from .page_types import PAGE_TYPES, PRELOAD_AFTER_MS, PRELOAD_PAUSE_MS, Pages, until_loaded
from .reminders import ReminderBanner
from .tasks import BackgroundTask, run_in_background
from .text import error_text, said, tr
from .undo import UndoStack


class MainWindow(QMainWindow):
    sample_loaded = Signal()
    contacts_done = Signal(str)
    contacts_previewed = Signal(object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        collect_on_gui_thread()  # before any job runs on a worker thread
        self.ctx = ctx
        ctx.notify = lambda text: self.statusBar().showMessage(text, 8000)
        self.setWindowTitle(ctx.db.description)  # Qt adds " — delegate_app"
        self.setWindowIcon(icon("delegations", COLOURS["accent"]))
        self.stack = QStackedWidget(self)
        self.pages = Pages(self._build_page)
        self.nav = self._build_navigation()
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.reminders = ReminderBanner(ctx, central)
        self.reminders.show_requested.connect(self.show_overdue)
        self.connection = ConnectionBanner(ctx, central)
        column.addWidget(self.connection)
        column.addWidget(self.reminders)
        column.addWidget(self.stack, 1)
        row.addLayout(column, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.signed_in = SignedInLabel(ctx.db.signed_in, self)
        self.statusBar().addPermanentWidget(self.signed_in)
        where = QLabel(tr("Database: {db}").format(db=isolate(ctx.db.description)), self)
        where.setStyleSheet(f"color: {COLOURS['muted']}; padding-right: 8px;")
        self.statusBar().addPermanentWidget(where)
        ctx.changes.changed.connect(self._colleague_changed)
        if isinstance(ctx.undo, UndoStack):  # a save whose answer was lost: ask the server
            ctx.undo.resolve_unknown = lambda error: settle_unknown(self, ctx, error)
        if ctx.db.live is not None:
            ctx.db.live.start()  # colleagues' changes arrive through the change hub
        self._task: BackgroundTask | None = None
        self._restore()
        QTimer.singleShot(0, self.reminders.start)  # once the window is up, never before
        self._to_preload = [load for *_, load in PAGE_TYPES]
        first = self.current_page()
        if hasattr(first, "ready"):  # once the first page shows its data, never before
            first.ready.connect(self._preload_soon, Qt.ConnectionType.SingleShotConnection)

    def _preload_soon(self) -> None:
        QTimer.singleShot(PRELOAD_AFTER_MS, self, self._preload_next)

    def _preload_next(self) -> None:
        """The other pages' modules, one per idle moment after the first page showed its
        data: opening a page then builds it without importing it (a page's module, with its
        dialogs and Qt's PDF viewer, is some 20-40 ms: a pause the officer would feel at the
        first click)."""
        if self._to_preload:
            self._to_preload.pop(0)()
            QTimer.singleShot(PRELOAD_PAUSE_MS, self, self._preload_next)

    @property
    def preloading(self) -> bool:
        """Pages' modules are still to be loaded in idle moments."""
        return bool(self._to_preload)

    def _build_navigation(self) -> QListWidget:
        nav = QListWidget(self)
        nav.setFixedWidth(240)
        nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        nav.setIconSize(QSize(20, 20))
        nav.setStyleSheet(
            "QListWidget { background: #1f2d3d; color: #dfe6ee; border: none; "
            "font-size: 11pt; padding-top: 12px; }"
            "QListWidget::item { padding: 9px 12px; }"
            f"QListWidget::item:selected {{ background: {COLOURS['accent']}; color: white; }}")
        for number, (key, icon_name, title, _) in enumerate(PAGE_TYPES, start=1):
            item = QListWidgetItem(icon(icon_name, "#dfe6ee"), title(), nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(tr("{title} (Ctrl+{n})").format(title=title(), n=number))
        nav.currentRowChanged.connect(self._show_page)
        return nav

    def _build_page(self, key: str, page_type: type[QWidget]) -> QWidget:
        page = page_type(self.ctx, self.stack)  # type: ignore[call-arg]
        page.link_requested.connect(self.open_link)  # type: ignore[attr-defined]
        self.stack.addWidget(page)
        return page

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self.load_sample_action = self._action(tr("Load &sample plan…"), "sample",
                                               self.offer_sample_plan, writes=True)
        file_menu.addAction(self.load_sample_action)
        self.export_calendar_action = self._action(tr("Export &calendar…"), "today",
                                                   self.export_calendar)
        file_menu.addAction(self.export_calendar_action)
        self.import_calendar_action = self._action(tr("&Import calendar…"), "sample",
                                                   lambda: self._with_workspace("import_calendar"),
                                                   writes=True)
        file_menu.addAction(self.import_calendar_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("Import c&ontacts…"), "people",
                                         lambda: contacts_io.import_contacts(self), writes=True))
        file_menu.addAction(self._action(tr("E&xport contacts…"), "people",
                                         lambda: contacts_io.export_contacts(self)))
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("&Quit"), "quit", self.close,
                                         QKeySequence.StandardKey.Quit))
        edit_menu = bar.addMenu(tr("&Edit"))
        undo = self.ctx.undo.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIcon(icon("undo"))
        redo = self.ctx.undo.createRedoAction(self, tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setIcon(icon("redo"))
        self.undo_action, self.redo_action = undo, redo
        undo.triggered.connect(self._undone)
        redo.triggered.connect(self._redone)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(tr("&Find in list"), "search", self._focus_filter,
                                         QKeySequence.StandardKey.Find))
        self.search_action = self._action(tr("&Search everything…"), "search",
                                          self.open_search, "Ctrl+K")
        edit_menu.addAction(self.search_action)
        edit_menu.addSeparator()
        # Qt's Preferences key is empty on Linux and Windows: say Ctrl+, as macOS does.
        self.settings_action = self._action(tr("Se&ttings…"), "settings", self.open_settings,
                                            "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(self.settings_action)
        go_menu = bar.addMenu(tr("&Go"))
        for number, (key, icon_name, title, _) in enumerate(PAGE_TYPES, start=1):
            go_menu.addAction(self._action(title().replace("&", "&&"), icon_name,
                                           lambda _=False, k=key: self.show_page(k),
                                           f"Ctrl+{number}"))
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&About delegate_app"), "about", self._about))

    def _action(self, text: str, icon_name: str, slot: object,
                shortcut: QKeySequence.StandardKey | str | None = None,
                writes: bool = False) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if writes:
            permissions.enable(self.ctx.db.signed_in, permissions.writes(action))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda *_: slot())  # not ``checked`` into a default argument
        self.addAction(action)
        return action

    def _colleague_changed(self, change: object) -> None:
        """A quiet line in the status bar for each colleague's change (never a dialog)."""
        text = notice_of(change)  # type: ignore[arg-type]
        if text:
            self.ctx.notify(text)

    # Undo and redo change records like any edit: the change hub tells every view.
    def _undone(self) -> None:
        self.ctx.notify(tr("Undone: {what}").format(what=self.ctx.undo.redoText()))

    def _redone(self) -> None:
        self.ctx.notify(tr("Redone: {what}").format(what=self.ctx.undo.undoText()))

    # Navigation ------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[PAGE_TYPES[row][0]]
        self.stack.setCurrentWidget(page)
        self.ctx.settings.last_page = page.key  # type: ignore[attr-defined]
        self._refresh(page)

    def _refresh(self, page: QWidget) -> None:
        try:
            page.refresh()  # type: ignore[attr-defined]
        except DelegateAppError as exc:
            QMessageBox.warning(self, tr("Cannot show this page"), error_text(exc))

    def show_overdue(self) -> None:
        page = self.show_page("commitments")
        page.set_filter(statuses=frozenset(), due=DueWindow.OVERDUE)  # type: ignore[attr-defined]

    def open_link(self, url: str) -> None:
        if url == "action:load-sample":
            self.offer_sample_plan()
            return
        if url.startswith("item:"):  # an itinerary item: its delegation opens on it
            delegation, _, item = url.removeprefix("item:").partition("/")
            if delegation.isdigit() and item.isdigit():
                page = self.show_page("delegations")
                workspace = page.open(int(delegation))  # type: ignore[attr-defined]
                workspace.tabs.setCurrentIndex(0)
                workspace.agenda.select_item(int(item))
            return
        if url.startswith("record:"):
            key, _, number = url.removeprefix("record:").partition("/")
            if key in self.pages and number.isdigit():
                self.show_page(key).select(int(number))  # type: ignore[attr-defined]

    def export_calendar(self) -> None:
        self._with_workspace("export_calendar")

    def _with_workspace(self, method: str) -> None:
        """Act on the open delegation, or the one selected in the Delegations list."""
        page = self.show_page("delegations")
        workspace = page.tabs.currentWidget()  # type: ignore[attr-defined]
        if not hasattr(workspace, "export_calendar"):
            until_loaded(page)  # the list just opened: its selected row, as before
            record = page.current()  # type: ignore[attr-defined]
            if record is None:
                QMessageBox.information(self, tr("Choose a delegation"), tr(
                    "Select or open a delegation first; its calendar is the one exported or "
                    "imported into."))
                return
            workspace = page.open(record.id)  # type: ignore[attr-defined]
        getattr(workspace, method)()

    def open_settings(self) -> SettingsDialog:
        """Language and calendar (they apply on the next start)."""
        dialog = SettingsDialog(self.ctx.settings, self)
        dialog.open()
        return dialog

    def open_search(self) -> SearchDialog:
        dialog = SearchDialog(lambda text: search.search(self.ctx.db.sessions, text), self)
        dialog.chosen.connect(self.open_hit)
        dialog.open()
        return dialog

    def open_hit(self, hit: object) -> None:
        kind, record_id = hit.kind, hit.id  # type: ignore[attr-defined]
        self.open_link(f"record:{kind}/{record_id}")

    def _focus_filter(self) -> None:
        self.current_page().focus_filter()  # type: ignore[attr-defined]

    def refresh_all(self) -> None:
        """Pages not built yet will show the data when first opened."""
        for page in self.pages.built():
            self._refresh(page)

    # Sample plan -----------------------------------------------------------
    def offer_sample_plan(self) -> None:
        if not self.ctx.db.signed_in.may_write:
            QMessageBox.information(self, tr("Load the sample plan"),
                                    said(self.ctx.db.signed_in.why_read_only))
            return
        empty = sample.is_empty(self.ctx.db.sessions)
        text = (tr("This database is empty. Load the bundled sample plan — a Tehran protocol "
                   "office with delegations to Buenos Aires and Tokyo, a mayors' summit, "
                   "counterparts and commitments — to see the app at work?") if empty else
                tr("This database already holds records. Add the sample plan to them anyway?"))
        answer = QMessageBox.question(self, tr("Load the sample plan"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.load_sample_plan(force=not empty)

    def load_sample_plan(self, force: bool = False) -> None:
        progress = QProgressDialog(tr("Loading the sample plan…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        sessions, today = self.ctx.db.sessions, self.ctx.today()

        def done(_: object) -> None:
            progress.close()
            self.ctx.undo.clear()
            self.refresh_all()
            self.ctx.notify(tr("Sample plan loaded."))
            self.sample_loaded.emit()

        def failed(error: Exception) -> None:
            progress.close()
            message = error_text(error)
            QMessageBox.warning(self, tr("Sample plan not loaded"), message)

        self._task = run_in_background(
            lambda: sample.load_sample_plan(sessions, force=force, today=today), done, failed)

    # Window state ------------------------------------------------------------
    def _restore(self) -> None:
        settings = self.ctx.settings
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        else:
            self.resize(1440, 860)
        self.nav.setCurrentRow(0)  # the day starts on Today, whatever was open last

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.geometry = self.saveGeometry()
        self.ctx.settings.sync()
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(self, tr("About delegate_app"), tr(
            "<b>delegate_app {version}</b><p>Plans mayors' summits and delegation visits for "
            "a city's protocol office.</p><p>Database: {db}</p>").format(
                version=__version__, db=self.ctx.db.description))
