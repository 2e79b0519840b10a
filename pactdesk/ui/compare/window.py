"""The Compare contributions window: the Commission's desk (File › Compare contributions…).

Load bundles (files, a folder, or dropped onto the window), say which CA is
trusted for which Member State (a trust folder of ``XX.pem``, or single CA
files), and every bundle is verified and compiled off the GUI thread with
progress and Cancel (:func:`pactdesk.services.compile.compile_bundles`, run
by the window's task manager, :mod:`pactdesk.ui.tasks`, from one place:
:meth:`CompareWindow._run`).  Then:

* **Grid** — commitments × Member States (:class:`GridModel`), filtered by
  area, "unanswered", "changed in the update"; Enter or a double click on a
  cell opens the answers side by side (:class:`SideBySideView`) for the
  Member States selected in that row;
* **Political assessments** — one area's assessments side by side;
* **Data** — an indicator and a period across Member States, as a table and a
  chart (harmonised and not comparable drawn differently);
* **Bundles** — which bundle was included, replaced or rejected and why,
  and which CA each was checked against.

*Save the comparison…* writes ``comparison.xlsx``, ``overview.pdf`` and
``compilation.json`` into a folder, the same files as ``pactdesk compile``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pactdesk.frameworks import shipped_framework
from pactdesk.services.compile import Compilation, CompileInputError, Trust, load_trust
from pactdesk.ui.compare.chart import DataChart
from pactdesk.ui.compare.models import DataModel, GridFilter, GridModel, data_index
from pactdesk.ui.compare.side_by_side import SideBySideView, language_label
from pactdesk.ui.i18n import tr


class CompareWindow(QMainWindow):
    """Many bundles in, verified, compared side by side."""

    compiled = Signal(object)  # the Compilation (for whoever wants it, and tests)

    def __init__(
        self,
        *,
        trust_dir: Path | None = None,
        trust: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Compare contributions — PactDesk"))
        self.setObjectName("compareWindow")
        self.setAcceptDrops(True)
        self.resize(1280, 760)
        self.framework = shipped_framework()
        self.compilation: Compilation | None = None
        self.trust_dir = trust_dir
        self.trust_files: list[str] = list(trust or [])
        self.bundle_inputs: list[Path] = []
        self.side_by_side: SideBySideView | None = None
        self._task: Any = None

        central = QWidget()
        layout = QVBoxLayout(central)
        row = QHBoxLayout()
        self.add_folder_button = QPushButton(tr("Add a &folder of bundles…"))
        self.add_folder_button.clicked.connect(self._choose_folder)
        self.add_files_button = QPushButton(tr("Add &bundles…"))
        self.add_files_button.clicked.connect(self._choose_files)
        self.trust_dir_button = QPushButton(tr("&Trust folder…"))
        self.trust_dir_button.setToolTip(
            tr("A folder with each ministry's CA certificate as XX.pem")
        )
        self.trust_dir_button.clicked.connect(self._choose_trust_dir)
        self.trust_file_button = QPushButton(tr("Trust a CA for &every Member State…"))
        self.trust_file_button.clicked.connect(self._choose_trust_file)
        self.save_button = QPushButton(tr("&Save the comparison…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._choose_out)
        for button in (
            self.add_folder_button,
            self.add_files_button,
            self.trust_dir_button,
            self.trust_file_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

        self.trust_label = QLabel()
        self.trust_label.setWordWrap(True)
        self.trust_label.setAccessibleName(tr("Trusted CAs"))
        layout.addWidget(self.trust_label)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(tr("Progress of the verification"))
        self.cancel_button = QPushButton(tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel(
            tr("Drop bundles or a folder here, or add them with the buttons above.")
        )
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("State of the comparison"))
        progress_row.addWidget(self.status, 1)
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self._busy(False)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._grid_tab(), tr("&Grid"))
        self.tabs.addTab(self._political_tab(), tr("&Political assessments"))
        self.tabs.addTab(self._data_tab(), tr("&Data"))
        self.tabs.addTab(self._bundles_tab(), tr("B&undles"))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._show_trust()

    # -- tabs -------------------------------------------------------------------------

    def _grid_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        area_label = QLabel(tr("&Area:"))
        self.area_filter = QComboBox()
        self.area_filter.setAccessibleName(tr("Policy area shown"))
        self.area_filter.addItem(tr("All areas"), None)
        for area in self.framework.areas:
            self.area_filter.addItem(f"{area.id}. {area.title}", area.id)
        area_label.setBuddy(self.area_filter)
        self.unanswered_filter = QCheckBox(tr("Only &unanswered"))
        self.unanswered_filter.setToolTip(
            tr(
                "Commitments where a Member State left an answer or a request of the "
                "Commission open"
            )
        )
        self.changed_filter = QCheckBox(tr("Only &changed in the update"))
        filters.addWidget(area_label)
        filters.addWidget(self.area_filter)
        filters.addWidget(self.unanswered_filter)
        filters.addWidget(self.changed_filter)
        filters.addStretch(1)
        self.open_button = QPushButton(tr("Side by &side"))
        self.open_button.setToolTip(
            tr("The answers of the Member States selected in a row, side by side (Enter)")
        )
        self.open_button.clicked.connect(self.open_selection)
        filters.addWidget(self.open_button)
        layout.addLayout(filters)

        self.grid_model = GridModel(self)
        self.grid_filter = GridFilter(self)
        self.grid_filter.setSourceModel(self.grid_model)
        self.grid = QTableView()
        self.grid.setObjectName("compareGrid")
        self.grid.setAccessibleName(tr("Commitments by Member State"))
        self.grid.setModel(self.grid_filter)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setWordWrap(False)
        self.grid.horizontalHeader().setDefaultSectionSize(124)
        self.grid.doubleClicked.connect(lambda _index: self.open_selection())
        layout.addWidget(self.grid, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.grid, self.open_selection)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.grid, self.open_selection)
        legend = QLabel(
            tr(
                "Each cell: ✓ both answers given (✗ not) · words (w) · requests of the "
                "Commission answered/asked · data points (d) · Δ changed in the January update. "
                "Orange: changed by the update; red: not answered; yellow: a request left open. "
                "Enter or a double click shows the Member States selected in a row side by side."
            )
        )
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.area_filter.currentIndexChanged.connect(
            lambda _i: self.grid_filter.set_area(self.area_filter.currentData())
        )
        self.unanswered_filter.toggled.connect(self.grid_filter.set_unanswered)
        self.changed_filter.toggled.connect(self.grid_filter.set_changed)
        return page

    def _political_tab(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        label = QLabel(tr("Policy &area:"))
        self.political_area = QComboBox()
        self.political_area.setAccessibleName(tr("Policy area of the assessments"))
        for area in self.framework.areas:
            self.political_area.addItem(f"{area.id}. {area.title}", area.id)
        label.setBuddy(self.political_area)
        self.political_button = QPushButton(tr("Show the assessments side &by side"))
        self.political_button.clicked.connect(self.open_political)
        layout.addWidget(label)
        layout.addWidget(self.political_area, 1)
        layout.addWidget(self.political_button)
        outer = QWidget()
        v = QVBoxLayout(outer)
        v.addWidget(page)
        v.addStretch(1)
        return outer

    def _data_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        indicator_label = QLabel(tr("&Indicator:"))
        self.indicator = QComboBox()
        self.indicator.setAccessibleName(tr("Indicator"))
        indicator_label.setBuddy(self.indicator)
        period_label = QLabel(tr("&Period:"))
        self.period = QComboBox()
        self.period.setAccessibleName(tr("Period"))
        period_label.setBuddy(self.period)
        row.addWidget(indicator_label)
        row.addWidget(self.indicator, 3)
        row.addWidget(period_label)
        row.addWidget(self.period, 1)
        layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.data_model = DataModel(self)
        self.data_table = QTableView()
        self.data_table.setAccessibleName(tr("Data across Member States"))
        self.data_table.setModel(self.data_model)
        self.data_table.verticalHeader().setVisible(False)
        self.data_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.chart = DataChart()
        split.addWidget(self.data_table)
        split.addWidget(self.chart)
        split.setSizes([420, 800])
        layout.addWidget(split, 1)
        self._data: dict[tuple[str, str], Any] = {}
        self.indicator.currentIndexChanged.connect(lambda _i: self._fill_periods())
        self.period.currentIndexChanged.connect(lambda _i: self._show_data())
        return page

    def _bundles_tab(self) -> QWidget:
        self.bundles_text = QPlainTextEdit()
        self.bundles_text.setReadOnly(True)
        self.bundles_text.setAccessibleName(tr("The bundles: included, replaced, rejected"))
        return self.bundles_text

    # -- trust and bundles ------------------------------------------------------------

    def trust(self) -> Trust:
        return load_trust(
            trust_dir=self.trust_dir,
            trust=self.trust_files,
            member_states=[s.code for s in self.framework.member_states],
        )

    def _show_trust(self) -> None:
        """One line: whom the desk trusts, and for which Member States (details on hover)."""
        if self.trust_dir is None and not self.trust_files:
            self.trust_label.setText(
                tr("No CA is trusted yet: choose the trust folder (XX.pem per Member State).")
            )
            return
        try:
            trust = self.trust()
        except CompileInputError as exc:
            self.trust_label.setText(exc.summary)
            self.trust_label.setToolTip("\n".join(exc.details))
            return
        per_state = sorted({a.country for a in trust.anchors if a.country})
        summary = []
        if per_state:
            summary.append(
                tr(
                    "Trusted: {n} ministry CAs, each for its own Member State only ({states})"
                ).format(n=len(per_state), states=", ".join(per_state))
            )
        summary += [
            tr("{file} is trusted for EVERY Member State").format(file=anchor.label)
            for anchor in trust.universal
        ]
        self.trust_label.setText("; ".join(summary))
        self.trust_label.setToolTip("\n".join(trust.lines()))

    def _choose_trust_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("The folder of trusted CAs (XX.pem)"))
        if folder:
            self.trust_dir = Path(folder)
            self._show_trust()
            self._reload()

    def _choose_trust_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("A CA certificate to trust for every Member State"),
            "",
            tr("Certificates (*.pem *.crt *.cer *.der)"),
        )
        if name:
            self.trust_files.append(name)
            self._show_trust()
            self._reload()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("A folder of bundles (*.asice)"))
        if folder:
            self.add_bundles([Path(folder)])

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, tr("Bundles to compare"), "", tr("Bundles (*.asice)")
        )
        if names:
            self.add_bundles([Path(n) for n in names])

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        urls: list[QUrl] = event.mimeData().urls()
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_bundles(paths)

    def add_bundles(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.bundle_inputs:
                self.bundle_inputs.append(path)
        self._reload()

    def _reload(self) -> None:
        if not self.bundle_inputs:
            return
        try:
            trust = self.trust()
        except CompileInputError as exc:
            self.status.setText(tr("Choose whom to trust first: {why}").format(why=exc.summary))
            return
        if self._task is not None:
            self._task.cancel()
        from pactdesk.services.compile import compile_bundles

        inputs = list(self.bundle_inputs)
        framework = self.framework

        def work(progress, cancelled):  # on the worker thread
            return compile_bundles(
                inputs, trust, framework=framework, progress=progress, cancelled=cancelled
            )

        self.status.setText(tr("Verifying the bundles…"))
        self._run(work, self._show_compilation)

    # -- the one place work goes to the task manager ----------------------------------

    def _run(self, fn, on_done) -> None:
        """Run ``fn(progress, cancelled)`` off the GUI thread; progress, Cancel and errors here."""
        from pactdesk.ui import tasks

        self._busy(True)
        self.progress.setValue(0)

        def done(result: Any) -> None:
            if task is self._task:
                self._task = None
                self._busy(False)
                on_done(result)

        def failed(error: BaseException) -> None:
            if task is not self._task:
                return
            self._task = None
            self._busy(False)
            from pactdesk.services.jobs import Cancelled

            if isinstance(error, Cancelled):
                self.status.setText(tr("Cancelled."))
            elif isinstance(error, CompileInputError):
                self.status.setText(error.summary)
            else:
                self.status.setText(tr("Something went wrong: {error}").format(error=error))

        task = tasks.run_in_background(
            fn, on_done=done, on_error=failed, on_progress=self._progressed, parent=self
        )
        self._task = task

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.status.setText(message)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def busy(self) -> bool:
        return self._task is not None

    # -- showing a compilation --------------------------------------------------------

    def _show_compilation(self, compilation: Compilation) -> None:
        self.compilation = compilation
        self.grid_model.set_compilation(compilation)
        self.grid.resizeRowsToContents()
        self.bundles_text.setPlainText("\n".join(compilation.lines()))
        self._data = data_index(compilation)
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for indicator in dict.fromkeys(key[0] for key in self._data):
            self.indicator.addItem(indicator, indicator)
        self.indicator.blockSignals(False)
        self._fill_periods()
        languages = ", ".join(
            f"{e.member_state} {language_label(e.language)}" for e in compilation.included
        )
        self.grid.setToolTip(tr("Languages: {languages}").format(languages=languages))
        text = compilation.summary()
        if compilation.rejected:
            text += " " + tr("Rejected: {names} (see Bundles).").format(
                names=", ".join(r.bundle.file for r in compilation.rejected)
            )
        self.status.setText(text)
        self.save_button.setEnabled(True)
        self.compiled.emit(compilation)

    def _fill_periods(self) -> None:
        indicator = self.indicator.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        for key in self._data:
            if key[0] == indicator:
                self.period.addItem(key[1], key[1])
        self.period.blockSignals(False)
        self._show_data()

    def _show_data(self) -> None:
        key = (self.indicator.currentData(), self.period.currentData())
        rows = self._data.get(key, ())
        self.data_model.set_rows(rows)
        self.data_table.resizeColumnsToContents()
        unit = rows[0][1].unit if rows else ""
        self.chart.set_rows(f"{key[0]} ({unit}), {key[1]}" if rows else "", rows)

    # -- side by side -----------------------------------------------------------------

    def open_selection(self) -> None:
        if self.compilation is None:
            return
        current = self.grid.currentIndex()
        if not current.isValid():
            return
        source = self.grid_filter.mapToSource(current)
        commitment = self.grid_model.row_at(source.row()).commitment_id
        chosen = {
            self.grid_model.member_state(self.grid_filter.mapToSource(i).column())
            for i in self.grid.selectionModel().selectedIndexes()
            if self.grid_filter.mapToSource(i).row() == source.row()
        }
        chosen.add(self.grid_model.member_state(source.column()))
        if len(chosen) == 1:
            # One cell: show it beside its neighbours in the grid, to compare with.
            column = source.column()
            for other in (column - 1, column + 1):
                if 0 <= other < self.grid_model.columnCount():
                    chosen.add(self.grid_model.member_state(other))
        order = [e.member_state for e in self.compilation.included]
        self._open_view(
            SideBySideView(
                self.compilation,
                commitment_id=commitment,
                states=sorted(chosen, key=order.index),
                parent=self,
            )
        )

    def open_political(self) -> None:
        if self.compilation is None:
            return
        self._open_view(
            SideBySideView(
                self.compilation,
                area_id=self.political_area.currentData(),
                states=[e.member_state for e in self.compilation.included[:4]],
                parent=self,
            )
        )

    def _open_view(self, view: SideBySideView) -> None:
        if self.side_by_side is not None:
            self.side_by_side.close()
        self.side_by_side = view
        view.show()

    # -- saving -----------------------------------------------------------------------

    def _choose_out(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Save the comparison into a folder"))
        if folder:
            self.save_to(Path(folder))

    def save_to(self, folder: Path) -> None:
        if self.compilation is None:
            return
        inputs = {p.resolve() for p in self.bundle_inputs}
        if folder.resolve() in inputs:
            QMessageBox.warning(
                self,
                tr("Save the comparison"),
                tr("That folder holds the bundles; choose another folder."),
            )
            return
        from pactdesk.services.compile_outputs import write_outputs

        compilation = self.compilation

        def work(progress, cancelled):
            return write_outputs(compilation, folder, progress=progress, cancelled=cancelled)

        def saved(paths: list[Path]) -> None:
            self.status.setText(tr("Saved: {files}").format(files=", ".join(str(p) for p in paths)))

        self._run(work, saved)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.cancel()
        super().closeEvent(event)
