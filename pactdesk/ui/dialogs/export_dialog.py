"""Export the contribution: PDF, Excel workbook, Word document or JSON, with progress and Cancel.

The formats are :data:`pactdesk.services.formats.FORMATS` (the command line
reads the same list); each export is a Qt-free long job run on the window's
task manager (:mod:`pactdesk.ui.tasks`), queued behind the autosaves on the
one worker that uses the draft, so the export reads the draft as it was
typed.  Its progress and result come back on the GUI thread: the window
keeps painting and answering the keyboard while a long PDF is laid out.
Cancel asks the job to stop at its next check: it raises ``Cancelled`` and
nothing is written.

The file is checked before the job starts and again when it is written
(:mod:`pactdesk.outputs`): never the draft itself (by any name or link), a
folder that exists; a refusal is shown here in plain words and nothing is
written.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
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
from pactdesk.outputs import OutputError, check_output
from pactdesk.services.drafts import Draft
from pactdesk.services.formats import FORMATS, ExportFormat
from pactdesk.services.jobs import Cancelled
from pactdesk.ui import desktop
from pactdesk.ui.i18n import tr
from pactdesk.ui.tasks import BackgroundTask, run_in_background


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
        self._task: BackgroundTask | None = None
        self._target: Path | None = None
        self._last_suffix = FORMATS[0].extension
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
        for index, fmt in enumerate(FORMATS):
            button = QRadioButton(tr(fmt.title))
            button.setAccessibleName(tr(fmt.title))
            button.setAccessibleDescription(tr(fmt.description))
            button.setToolTip(tr(fmt.description))
            note = QLabel(tr(fmt.description))
            note.setWordWrap(True)
            note.setIndent(24)
            note.setStyleSheet("color: #505050;")
            self.format_group.addButton(button, index)
            self.format_buttons[fmt.id] = button
            layout.addWidget(button)
            layout.addWidget(note)
        self.format_buttons[FORMATS[0].id].setChecked(True)
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
        for after in (self.open_button, self.show_button):
            after.setAccessibleName(after.text().replace("&", ""))
            after.hide()
        self.open_button.clicked.connect(self._open_written)
        self.show_button.clicked.connect(self._show_written_folder)
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
        name = f"{info.member_state}-{info.cycle}-contribution{fmt.extension}"
        return self.folder / name

    def _format_changed(self, _index: int, checked: bool) -> None:
        if not checked:
            return
        fmt = self.selected_format()
        current = Path(self.path_edit.text().strip() or self._default_path(fmt))
        if current.suffix.lower() == self._last_suffix or not current.suffix:
            current = current.with_suffix(fmt.extension)
        self._last_suffix = fmt.extension
        self.path_edit.setText(str(current))
        # What was shown belongs to the last export, not to this format.
        self.progress_bar.setValue(0)
        self._show_result(None)

    def _browse(self) -> None:
        fmt = self.selected_format()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            tr("Export as {}").format(tr(fmt.title)),
            self.path_edit.text(),
            f"{tr(fmt.kind)} (*{fmt.extension})",
        )
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(fmt.extension)
            self.path_edit.setText(str(path))

    def _path_changed(self, text: str) -> None:
        path = Path(text.strip()).expanduser() if text.strip() else None
        if self.is_running():
            return
        if path is not None and (path.exists() or path.is_symlink()):
            try:
                check_output(path, draft=self.draft.path, what=self.selected_format().kind)
            except OutputError as exc:
                self._show(exc.message, error=True)
                return
            self._show(tr("{} exists and will be replaced.").format(path.name))
        else:
            self._show(" ")

    # -- running ------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._task is not None

    def start_export(self) -> None:
        if self.is_running():
            return
        text = self.path_edit.text().strip()
        if not text:
            self._show(tr("Choose the file to write first."), error=True)
            self.path_edit.setFocus()
            return
        target = Path(text).expanduser()
        fmt = self.selected_format()
        try:
            # At once, before any work: never the draft, a folder that exists.
            check_output(target, draft=self.draft.path, what=fmt.kind)
        except OutputError as exc:
            self._show(exc.message, error=True)
            self.path_edit.setFocus()
            return
        self._set_running(True)
        self.progress_bar.setValue(0)
        self._show(tr("Exporting {}…").format(tr(fmt.title)))
        draft = self.draft

        def export(progress: Any, cancelled: Any) -> Any:  # on the worker
            return fmt.export(draft, target, progress=progress, cancelled=cancelled)

        self._target = target
        self._task = run_in_background(
            export,
            on_done=self._on_finished,
            on_error=self._on_failed,
            on_progress=self._on_progress,
            parent=self,
        )

    def cancel_export(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self._show(tr("Cancelling…"))

    @Slot(float, str)
    def _on_progress(self, fraction: float, label: str) -> None:
        self.progress_bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if label:
            self.status_label.setText(label)

    def _on_finished(self, result: Any) -> None:
        target = self._target
        self.last_result = result
        self._ended()
        self.progress_bar.setValue(1000)
        revision = getattr(result, "revision", None)
        if revision is not None:
            self._show(tr("Wrote {} (revision {}).").format(target, revision))
        else:
            self._show(tr("Wrote {}.").format(target))
        self._show_result(target)

    def _on_failed(self, exc: BaseException) -> None:
        self._ended()
        if isinstance(exc, Cancelled):
            self.progress_bar.setValue(0)
            self._show(tr("Cancelled; nothing was written."))
        elif isinstance(exc, OutputError):
            self.progress_bar.setValue(0)
            self._show(exc.message, error=True)
        else:
            summary = getattr(exc, "summary", None) or str(exc) or type(exc).__name__
            self._show(tr("The export failed: {} Nothing was written.").format(summary), error=True)

    def _ended(self) -> None:
        self._task = None
        self._set_running(False)
        if self._close_when_done:
            self._close_when_done = False
            super().reject()

    _close_when_done = False

    def _set_running(self, running: bool) -> None:
        for button in self.format_buttons.values():
            button.setEnabled(not running)
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

    # Open / Show in folder hand the file to the desktop (pactdesk.ui.desktop).
    def _open_written(self) -> None:
        path = self._written
        if path is not None and not desktop.open_file(path):
            self._show(tr("No program on this computer opens {}.").format(path.name), error=True)

    def _show_written_folder(self) -> None:
        path = self._written
        if path is not None and not desktop.show_in_folder(path):
            self._show(
                tr("No file manager opened; the file is in {folder}.").format(
                    folder=desktop.folder_of(path)
                ),
                error=True,
            )

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
