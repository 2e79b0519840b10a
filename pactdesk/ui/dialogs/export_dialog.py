"""Export the contribution: PDF, Excel workbook, Word document or JSON, with progress and Cancel.

The export itself is a Qt-free service function (``pdf_export.export_pdf``,
``workbook.export_xlsx``, ``word.export_docx``, ``interchange.export_json``) run on a worker
thread of this dialog; its progress and its result come back as queued
signals, so the window keeps painting and answering the keyboard while a
long PDF is laid out.  Cancel asks the job to stop at its next check: it
raises ``Cancelled`` and nothing is written.

Threading: widgets are touched on the GUI thread only.  The draft is read on
the worker while the dialog is open; the dialog is modal, so nothing else
writes to the draft meanwhile (and the draft serialises calls anyway).
"""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pactdesk import paths
from pactdesk.services.drafts import Draft
from pactdesk.services.jobs import Cancelled, Progress, check
from pactdesk.ui.i18n import tr

ExportFn = Callable[[Draft, Path, Progress, Callable[[], bool]], Any]


@dataclass(frozen=True)
class ExportFormat:
    key: str
    suffix: str
    label: str
    description: str
    filter: str


FORMATS = (
    ExportFormat(
        "pdf",
        ".pdf",
        "PDF",
        "To read, circulate and sign off: laid out like the Commission's Annex, marked DRAFT.",
        "PDF (*.pdf)",
    ),
    ExportFormat(
        "xlsx",
        ".xlsx",
        "Excel workbook (XLSX)",
        "For colleagues without PactDesk: they fill it in and send it back for import.",
        "Excel workbook (*.xlsx)",
    ),
    ExportFormat(
        "docx",
        ".docx",
        "Word document (DOCX)",
        "The Annex as a Word document: to fill in by colleagues who answer in Word, and the "
        "accessible version (real headings, named answer boxes). It imports back.",
        "Word document (*.docx)",
    ),
    ExportFormat(
        "json",
        ".json",
        "JSON",
        "The contribution as pactdesk.contribution/1, for other programs.",
        "JSON (*.json)",
    ),
)


def _export_pdf(
    draft: Draft, target: Path, progress: Progress, cancelled: Callable[[], bool]
) -> Any:
    from pactdesk.services.pdf_export import export_pdf

    return export_pdf(draft, target, progress=progress, cancelled=cancelled)


def _export_xlsx(
    draft: Draft, target: Path, progress: Progress, cancelled: Callable[[], bool]
) -> Any:
    from pactdesk.services.workbook import export_xlsx  # provided by the workbook helper

    return export_xlsx(draft, target, progress=progress, cancelled=cancelled)


def _export_json(
    draft: Draft, target: Path, progress: Progress, cancelled: Callable[[], bool]
) -> Any:
    from pactdesk.services.interchange import export_json

    progress(0.1, tr("Writing the JSON file"))
    check(cancelled)
    head = export_json(draft, target)
    progress(1.0, tr("Done"))
    return head


def _export_docx(
    draft: Draft, target: Path, progress: Progress, cancelled: Callable[[], bool]
) -> Any:
    from pactdesk.services.word import export_docx

    return export_docx(draft, target, progress=progress, cancelled=cancelled)


EXPORTERS: dict[str, ExportFn] = {
    "pdf": _export_pdf,
    "xlsx": _export_xlsx,
    "docx": _export_docx,
    "json": _export_json,
}


def xlsx_available() -> bool:
    """Whether this build has the workbook export (looked up without importing it)."""
    try:
        return importlib.util.find_spec("pactdesk.services.workbook") is not None
    except (ImportError, ValueError):
        return False


class _ExportWorker(QObject):
    """Runs one export on the dialog's worker thread; reports by queued signals."""

    progressed = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled_done = Signal()

    def __init__(self, fn: ExportFn, draft: Draft, target: Path) -> None:
        super().__init__()
        self._fn = fn
        self._draft = draft
        self._target = target
        self._cancel = False

    def request_cancel(self) -> None:
        # A plain attribute: set on the GUI thread, read on the worker (atomic in CPython).
        self._cancel = True

    def is_cancelled(self) -> bool:
        return self._cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self._draft, self._target, self.progressed.emit, self.is_cancelled)
        except Cancelled:
            self.cancelled_done.emit()
        except Exception as exc:  # noqa: BLE001 - every failure is shown to the user
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class ExportDialog(QDialog):
    """Choose a format and a file, export with a progress bar; Cancel stops it."""

    def __init__(
        self, draft: Draft, parent: QWidget | None = None, *, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        # Where the file goes unless the user says otherwise: the drafts folder
        # (Documents/PactDesk by default), not the folder PactDesk keeps its data in.
        self.folder = folder if folder is not None else paths.drafts_dir()
        with contextlib.suppress(OSError):  # the first export of a first start
            self.folder.mkdir(parents=True, exist_ok=True)
        self._thread: QThread | None = None
        self._worker: _ExportWorker | None = None
        self._target: Path | None = None
        self._last_suffix = ".pdf"
        self.last_result: Any = None
        self.setWindowTitle(tr("Export the contribution"))
        self.setAccessibleName(tr("Export the contribution"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        intro = QLabel(tr("Choose what to make and where to save it. The draft is not changed."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        can_xlsx = xlsx_available()
        for index, fmt in enumerate(FORMATS):
            button = QRadioButton(tr(fmt.label))
            button.setAccessibleName(tr(fmt.label))
            button.setAccessibleDescription(tr(fmt.description))
            button.setToolTip(tr(fmt.description))
            note = QLabel(tr(fmt.description))
            note.setWordWrap(True)
            note.setIndent(24)
            note.setStyleSheet("color: #505050;")
            if fmt.key == "xlsx" and not can_xlsx:
                button.setEnabled(False)
                note.setText(tr("The workbook export is not part of this build."))
            self.format_group.addButton(button, index)
            self.format_buttons[fmt.key] = button
            layout.addWidget(button)
            layout.addWidget(note)
        self.format_buttons["pdf"].setChecked(True)
        self.format_group.idToggled.connect(self._format_changed)

        form = QFormLayout()
        file_row = QHBoxLayout()
        self.path_edit = QLineEdit(str(self._default_path(FORMATS[0])))
        self.path_edit.setAccessibleName(tr("File to write"))
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse_button = QPushButton(tr("&Browse…"))
        self.browse_button.setAccessibleName(tr("Choose the file to write"))
        self.browse_button.clicked.connect(self._browse)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_label = QLabel(tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        layout.addLayout(form)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat("%p%")
        self.progress_bar.setAccessibleName(tr("Export progress"))
        layout.addWidget(self.progress_bar)
        self.status_label = QLabel(" ")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(tr("Export status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button = self.buttons.addButton(
            tr("Close"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        # After an export: open the file, or show it in its folder.
        self.open_button = self.buttons.addButton(
            tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_button = self.buttons.addButton(
            tr("Show in &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        for button in (self.open_button, self.show_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.hide()
        self.open_button.clicked.connect(lambda: self._open_url(self._written))
        self.show_button.clicked.connect(
            lambda: self._open_url(self._written.parent if self._written else None)
        )
        self._written: Path | None = None
        self.cancel_button.setEnabled(False)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._path_changed(self.path_edit.text())

    # -- choosing -----------------------------------------------------------------

    def selected_format(self) -> ExportFormat:
        return FORMATS[max(0, self.format_group.checkedId())]

    def select_format(self, key: str) -> None:
        self.format_buttons[key].setChecked(True)

    def _default_path(self, fmt: ExportFormat) -> Path:
        info = self.draft.info
        name = f"{info.member_state}-{info.cycle}-contribution{fmt.suffix}"
        return self.folder / name

    def _format_changed(self, _index: int, checked: bool) -> None:
        if not checked:
            return
        fmt = self.selected_format()
        current = Path(self.path_edit.text().strip() or self._default_path(fmt))
        if current.suffix.lower() == self._last_suffix or not current.suffix:
            current = current.with_suffix(fmt.suffix)
        self._last_suffix = fmt.suffix
        self.path_edit.setText(str(current))
        # What was shown belongs to the last export, not to this format.
        self.progress_bar.setValue(0)
        self._show_result(None)

    def _browse(self) -> None:
        fmt = self.selected_format()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, tr("Export as {}").format(tr(fmt.label)), self.path_edit.text(), tr(fmt.filter)
        )
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(fmt.suffix)
            self.path_edit.setText(str(path))

    def _path_changed(self, text: str) -> None:
        path = Path(text.strip()) if text.strip() else None
        if self.is_running():
            return
        if path is not None and path.exists():
            self._show(tr("{} exists and will be replaced.").format(path.name))
        else:
            self._show(" ")

    # -- running ------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._thread is not None

    def start_export(self) -> None:
        if self.is_running():
            return
        text = self.path_edit.text().strip()
        if not text:
            self._show(tr("Choose the file to write first."), error=True)
            self.path_edit.setFocus()
            return
        target = Path(text).expanduser()
        if target.is_dir():
            self._show(tr("{} is a folder: give the file's name.").format(target), error=True)
            return
        if not target.parent.is_dir():
            self._show(tr("There is no folder {}.").format(target.parent), error=True)
            return
        fmt = self.selected_format()
        self._set_running(True)
        self.progress_bar.setValue(0)
        self._show(tr("Exporting {}…").format(tr(fmt.label)))
        thread = QThread(self)
        thread.setObjectName("pactdesk-export")
        worker = _ExportWorker(EXPORTERS[fmt.key], self.draft, target)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        worker.cancelled_done.connect(self._on_cancelled)
        for signal in (worker.finished, worker.failed, worker.cancelled_done):
            signal.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker, self._target = thread, worker, target
        thread.start()

    def cancel_export(self) -> None:
        if self._worker is not None:
            self._worker.request_cancel()
            self.cancel_button.setEnabled(False)
            self._show(tr("Cancelling…"))

    @Slot(float, str)
    def _on_progress(self, fraction: float, label: str) -> None:
        self.progress_bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if label:
            self.status_label.setText(label)

    @Slot(object)
    def _on_finished(self, result: Any) -> None:
        target = self._target
        self.last_result = result
        self.progress_bar.setValue(1000)
        revision = getattr(result, "revision", None)
        if revision is not None:
            self._show(tr("Wrote {} (revision {}).").format(target, revision))
        else:
            self._show(tr("Wrote {}.").format(target))
        self._show_result(target)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        summary = getattr(exc, "summary", None) or str(exc) or type(exc).__name__
        self._show(tr("The export failed: {} Nothing was written.").format(summary), error=True)

    @Slot()
    def _on_cancelled(self) -> None:
        self.progress_bar.setValue(0)
        self._show(tr("Cancelled; nothing was written."))

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self._set_running(False)
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    _close_when_done = False

    def _set_running(self, running: bool) -> None:
        for button in self.format_buttons.values():
            button.setEnabled(
                not running and (button is not self.format_buttons["xlsx"] or xlsx_available())
            )
        self.path_edit.setEnabled(not running)
        self.browse_button.setEnabled(not running)
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    def _show_result(self, target: Path | None) -> None:
        """Offer Open / Show in folder for the file just written (``None``: hide them)."""
        self._written = target
        for button in (self.open_button, self.show_button):
            button.setVisible(target is not None)
        if target is not None:
            self.open_button.setFocus()

    def _open_url(self, path: Path | None) -> None:
        if path is None:
            return
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._show(tr("No program on this computer opens {}.").format(path.name), error=True)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b00020;" if error else "")
        self.status_label.setText(text)

    # -- closing while an export runs: cancel it, close when it has stopped ---------

    def reject(self) -> None:
        if self.is_running():
            self._close_when_done = True
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.is_running():
            self._close_when_done = True
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)
