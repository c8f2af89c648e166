"""Preview a generated PDF, then save, print or open it in the system viewer.

``show_pdf_preview`` runs the document's ``produce`` off the GUI thread behind a
cancellable progress dialog, then shows :class:`PdfPreviewDialog` (or hands the file to
the system viewer when the officer prefers that).
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMargins, QObject, QPointF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QDesktopServices,
    QKeySequence,
    QPalette,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DelegateAppError
from ...exports.atomic import atomic_write
from ..icons import icon
from ..settings import Settings
from ..tasks import BackgroundTask, run_with_progress
from ..text import error_text, tr
from .pdf_printing import print_pdf, printer_for

Produce = Callable[[Path], None]
PREVIEW_ROOT = Path(tempfile.gettempdir()) / "delegate_app-previews"
KEEP_PREVIEWS_SECONDS = 24 * 3600  # a file handed to the system viewer lives this long
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


def safe_file_name(name: str, suffix: str = ".pdf") -> str:
    """``name`` fit for any file system (no slashes, colons …), ending in ``suffix``."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f\s]+', " ", name).strip(" .") or "document"
    return stem if stem.lower().endswith(suffix) else stem + suffix


def _sweep_old_previews(now: float | None = None) -> None:
    """Remove preview folders left from earlier days (a viewer may still read recent ones)."""
    now = time.time() if now is None else now
    for folder in PREVIEW_ROOT.glob("*"):
        try:
            if now - folder.stat().st_mtime > KEEP_PREVIEWS_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


class PdfPreviewDialog(QDialog):
    """Pages of one PDF with Save as…, Print…, Open in system viewer, zoom and page N of M.

    The dialog owns ``path`` when ``owns_file`` is true and removes it (with its folder)
    when it closes, unless the file went to the system viewer.
    """

    saved = Signal(str)

    def __init__(self, path: Path, title: str, suggested_name: str, settings: Settings,
                 parent: QWidget | None = None, owns_file: bool = False) -> None:
        super().__init__(parent)
        self.path, self.title, self.settings = path, title, settings
        self.suggested_name = safe_file_name(suggested_name)
        self.saved_path: Path | None = None
        self._owns_file, self._handed_out = owns_file, False
        self.setWindowTitle(tr("{title} — preview").format(title=title))
        self.setWindowIcon(icon("document"))
        self.document = QPdfDocument(self)
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            raise OSError(tr("The PDF could not be read ({error}).").format(error=error.name))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(16)
        self.view.setDocumentMargins(QMargins(24, 16, 24, 16))
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        desk = self.view.palette()
        desk.setColor(QPalette.ColorRole.Dark, QColor("#7d8896"))  # the grey round the pages
        self.view.setPalette(desk)
        self.view.viewport().installEventFilter(self)
        self.page_box = QSpinBox(self)
        self.page_box.setRange(1, max(1, self.document.pageCount()))
        self.page_box.setAccessibleName(tr("Page"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(self.go_to_page)
        self.page_count_label = QLabel(self)
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(48)
        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.view, 1)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Up/Down scroll
        self.setFocusProxy(self.view)
        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self._show_page(navigator.currentPage())
        self._show_zoom()
        self.finished.connect(self._discard)
        self.resize(self._default_size())

    # -- building --------------------------------------------------------------------

    def _action(self, name: str, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(icon(name, "#1f4e79"), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text.replace('&', '')}  ({shown})" if shown
                          else tip or text.replace("&", ""))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is in the dialog
        return action

    def _build_toolbar(self) -> None:
        bar = QToolBar(tr("Preview"), self)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_action = self._action("save", tr("&Save as…"), self.save_as,
                                        QKeySequence.StandardKey.Save)
        self.print_action = self._action("print", tr("&Print…"), self.print_,
                                         QKeySequence.StandardKey.Print)
        self.open_action = self._action("open_external", tr("Open in &viewer"),
                                        self.open_externally, "Ctrl+Shift+O",
                                        tr("Open in the system's PDF viewer"))
        for action in (self.save_action, self.print_action, self.open_action):
            bar.addAction(action)
        bar.addSeparator()
        self.previous_action = self._action("previous_page", tr("Previous page"),
                                            lambda: self.go_to_page(self.page_box.value() - 1),
                                            QKeySequence.StandardKey.MoveToPreviousPage)
        self.next_action = self._action("next_page", tr("Next page"),
                                        lambda: self.go_to_page(self.page_box.value() + 1),
                                        QKeySequence.StandardKey.MoveToNextPage)
        bar.addAction(self.previous_action)
        bar.addAction(self.next_action)
        bar.addWidget(QLabel(" " + tr("Page") + " ", self))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count_label)
        bar.addSeparator()
        self.zoom_out_action = self._action("zoom_out", tr("Zoom out"), self.zoom_out,
                                            QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action = self._action("zoom_in", tr("Zoom in"), self.zoom_in,
                                           QKeySequence.StandardKey.ZoomIn)
        self.fit_width_action = self._action("fit_width", tr("Fit width"), self.fit_width,
                                             "Ctrl+0")
        self.fit_page_action = self._action("fit_page", tr("Whole page"), self.fit_page,
                                            "Ctrl+9")
        fits = QActionGroup(self)
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
            fits.addAction(action)
        self.fit_width_action.setChecked(True)
        for action in (self.zoom_out_action, self.zoom_in_action,
                       self.fit_width_action, self.fit_page_action):
            bar.addAction(action)
            bar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action in (self.previous_action, self.next_action):
            bar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addWidget(self.zoom_label)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.close_action = self._action("close", tr("Close"), self.reject,
                                         QKeySequence.StandardKey.Close)
        bar.addAction(self.close_action)
        self.toolbar = bar

    def _default_size(self) -> QSize:
        wanted = QSize(900, 1000)
        screen = (self.parentWidget() or self).screen() or QApplication.primaryScreen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size() * 0.9
        return wanted.boundedTo(room)

    # -- pages and zoom --------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """1-based number of the page shown."""
        return self.view.pageNavigator().currentPage() + 1

    def go_to_page(self, number: int, force: bool = False) -> None:
        number = max(1, min(number, self.page_count()))
        navigator = self.view.pageNavigator()
        if force or navigator.currentPage() != number - 1:
            navigator.jump(number - 1, QPointF(), navigator.currentZoom())
        self._show_page(number - 1)

    def _show_page(self, index: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(" " + tr("of {count}").format(count=self.page_count()))
        self.previous_action.setEnabled(index > 0)
        self.next_action.setEnabled(index + 1 < self.page_count())

    def effective_zoom(self) -> float:
        """The zoom on screen; the view fits pages by the same sum but does not report it."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(max(0, self.current_page() - 1))
        scale = self.view.logicalDpiX() / 72.0
        margins, viewport = self.view.documentMargins(), self.view.viewport().size()
        width = (viewport.width() - margins.left() - margins.right()) / (page.width() * scale)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return max(0.05, width)
        height = (viewport.height() - margins.top() - margins.bottom()) / (page.height() * scale)
        return max(0.05, min(width, height))

    def _set_zoom(self, mode: QPdfView.ZoomMode, factor: float | None = None) -> None:
        page = self.current_page()  # the page read stays in view whatever the zoom
        self.fit_width_action.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_action.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.view.setZoomMode(mode)
        if factor is not None:
            self.view.setZoomFactor(max(MIN_ZOOM, min(factor, MAX_ZOOM)))
        self.go_to_page(page, force=True)
        self._show_zoom()

    def zoom_in(self) -> None:
        self._set_zoom(QPdfView.ZoomMode.Custom, self.effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(QPdfView.ZoomMode.Custom, self.effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self._set_zoom(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self._set_zoom(QPdfView.ZoomMode.FitInView)

    def _show_zoom(self, *_: object) -> None:
        self.zoom_label.setText(f" {round(self.effective_zoom() * 100)} %")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._show_zoom)  # a fitted zoom follows the window's size
        return super().eventFilter(watched, event)

    # -- save, print, open -----------------------------------------------------------

    def save_to(self, target: Path) -> Path:
        """Copy the PDF to ``target`` atomically; remembers the folder."""
        target = target if target.suffix.lower() == ".pdf" else target.with_name(
            target.name + ".pdf")
        written = atomic_write(target, self.path.read_bytes())
        self.saved_path = written
        self.settings.last_folder = str(written.parent)
        self.saved.emit(str(written))
        return written

    def save_as(self) -> Path | None:
        start = Path(self.settings.last_folder or Path.home()) / self.suggested_name
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Save {title}").format(title=self.title),
                                                str(start), tr("PDF documents (*.pdf)"))
        if not chosen:
            return None
        try:
            return self.save_to(Path(chosen))
        except OSError as error:
            self._complain(tr("The PDF was not saved"), error)
            return None

    def print_to(self, printer: QPrinter) -> int:
        """Print the pages ``printer`` asks for (all by default); returns how many."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return print_pdf(self.document, printer)
        finally:
            QApplication.restoreOverrideCursor()

    def print_(self) -> None:
        printer = printer_for(self.document, self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print {title}").format(title=self.title))
        dialog.setMinMax(1, max(1, self.page_count()))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            printer.setFromTo(self.current_page(), self.current_page())
        try:
            self.print_to(printer)
        except OSError as error:
            self._complain(tr("The document was not printed"), error)

    def open_externally(self) -> bool:
        """Hand the saved copy (or else the preview file) to the system's PDF viewer."""
        target = self.saved_path or self.path
        self._handed_out = self._handed_out or target == self.path
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            return True
        QMessageBox.warning(self, tr("No PDF viewer"), tr(
            "No application opens PDF files on this computer. Save the document (Ctrl+S) "
            "and open it from its folder."))
        return False

    def _complain(self, title: str, error: BaseException) -> None:
        QMessageBox.warning(self, title, error_text(error))

    def _discard(self) -> None:
        self.document.close()
        if self._owns_file and not self._handed_out:
            shutil.rmtree(self.path.parent, ignore_errors=True)


class PdfPreviewJob(QObject):
    """One document being produced and previewed; ``settled`` tells how it ended.

    ``settled`` carries "shown", "opened" (system viewer), "failed" or "cancelled".
    """

    settled = Signal(str)

    def __init__(self, parent: QWidget, title: str, produce: Produce, suggested_name: str,
                 settings: Settings) -> None:
        super().__init__(parent)
        self.parent_widget, self.title, self.settings = parent, title, settings
        self.suggested_name = safe_file_name(suggested_name)
        self.dialog: PdfPreviewDialog | None = None
        self.outcome = ""
        PREVIEW_ROOT.mkdir(parents=True, exist_ok=True)
        _sweep_old_previews()
        self.folder = Path(tempfile.mkdtemp(prefix="preview-", dir=PREVIEW_ROOT))
        self.path = self.folder / self.suggested_name
        self.task: BackgroundTask = run_with_progress(
            parent, tr("Preparing {title}…").format(title=title),
            lambda: self._produce(produce), self._produced, self._failed,
            after_cancel=lambda: self._settle("cancelled"))

    def _produce(self, produce: Produce) -> Path:  # on a worker thread
        produce(self.path)
        with open(self.path, "rb") as handle:
            if handle.read(5) != b"%PDF-":
                raise DelegateAppError(tr("The document came out empty or is not a PDF."))
        return self.path

    def _produced(self, path: Path) -> None:
        if self.settings.pdf_viewer == "system":
            opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            if opened:  # the file stays for the viewer; an old-preview sweep removes it
                self._settle("opened")
                return
        try:
            self.dialog = PdfPreviewDialog(path, self.title, self.suggested_name, self.settings,
                                           self.parent_widget, owns_file=True)
        except OSError as error:
            self._failed(error)
            return
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        self._settle("shown")

    def _failed(self, error: Exception) -> None:
        self._remove_files()
        QMessageBox.warning(self.parent_widget,
                            tr("{title} could not be prepared").format(title=self.title),
                            error_text(error))
        self._settle("failed")

    def _remove_files(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def _settle(self, outcome: str) -> None:
        if outcome == "cancelled":
            self._remove_files()
        self.outcome = outcome
        self.settled.emit(outcome)


def show_pdf_preview(parent: QWidget, title: str, produce: Produce, suggested_name: str,
                     settings: Settings) -> PdfPreviewJob:
    """Produce a PDF off the GUI thread, then preview it (or open it in the system viewer).

    ``produce(path)`` writes the whole PDF to ``path`` on a worker thread: it must not
    touch widgets, and a ``DelegateAppError`` it raises reaches the officer as it is.
    ``suggested_name`` is the file name offered by Save as (".pdf" added when missing).
    Keep the returned job (it is also a child of ``parent``) to follow it by ``settled``.
    """
    return PdfPreviewJob(parent, title, produce, suggested_name, settings)
