"""The new-contribution wizard: framework, Member State, cycle, language, where to keep it.

Creating the draft file is one call of :meth:`Draft.create` (a few
milliseconds) made when the user presses Finish -- in the last page's
``validatePage``, the only step ``QWizard`` runs before it closes.  Cancel
creates nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pactdesk import frameworks, paths
from pactdesk.domain.framework import Framework
from pactdesk.domain.languages import LANGUAGES, default_language
from pactdesk.services.drafts import Draft
from pactdesk.ui.i18n import member_state_name, sorted_by_name, tr


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    return widget


class FrameworkPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Which template?"))
        self.shipped = QRadioButton(tr("The &template that comes with PactDesk:"), self)
        self.shipped.setAccessibleName(tr("The template that comes with PactDesk"))
        self.choice = QComboBox(self)
        _named(self.choice, tr("Template"))
        cycles = []
        for framework_id in frameworks.shipped_framework_ids():
            try:
                framework = frameworks.shipped_framework(framework_id)
            except frameworks.FrameworkError:
                continue
            cycles.append(str(framework.cycle))
            self.choice.addItem(
                f"{framework.title} — {framework.cycle} ({framework.source})", framework_id
            )
        self.setSubTitle(
            tr(
                "The template holds the Commission's questions and timetable for one reporting "
                "cycle. PactDesk comes with the {cycles} template; a later one loads from its file."
            ).format(cycles=", ".join(cycles) or "—")
        )
        self.from_file = QRadioButton(tr("A template &file:"), self)
        self.from_file.setAccessibleName(tr("A template file"))
        self.path = QLineEdit(self)
        _named(self.path, tr("Template file"))
        self.browse = QPushButton(tr("&Browse…"), self)
        _named(self.browse, tr("Browse for a template file"))
        self.browse.clicked.connect(self._browse)
        group = QButtonGroup(self)
        group.addButton(self.shipped)
        group.addButton(self.from_file)
        self.shipped.setChecked(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.shipped)
        layout.addWidget(self.choice)
        layout.addSpacing(8)
        layout.addWidget(self.from_file)
        layout.addLayout(file_row)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.path.textChanged.connect(lambda _t: self.from_file.setChecked(True))
        self.framework: Framework | None = None
        self.raw = b""

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Choose a template file"), str(Path.home()), tr("Template files (*.json)")
        )
        if name:
            self.path.setText(name)

    def validatePage(self) -> bool:
        try:
            if self.shipped.isChecked():
                framework_id = str(self.choice.currentData())
                self.framework = frameworks.shipped_framework(framework_id)
                self.raw = frameworks.shipped_framework_bytes(framework_id)
            else:
                path = Path(self.path.text().strip())
                self.framework = frameworks.load_framework_file(path)
                self.raw = path.read_bytes()
        except (frameworks.FrameworkError, OSError) as exc:
            self.problem.setText(str(exc))
            return False
        self.problem.setText("")
        return True


class DetailsPage(QWizardPage):
    def __init__(
        self,
        framework_page: FrameworkPage,
        default_state: str,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.framework_page = framework_page
        self.folder = folder
        self.default_state = default_state
        self.setTitle(tr("Whose contribution, in which language?"))
        self.setSubTitle(tr("You can write in any official language of the EU."))
        self.member_state = QComboBox(self)
        _named(self.member_state, tr("Member State"))
        self.cycle = QLineEdit(self)
        self.cycle.setReadOnly(True)
        _named(self.cycle, tr("Reporting cycle"))
        self.language = QComboBox(self)
        _named(self.language, tr("Language of the contribution"))
        for code, name in sorted(LANGUAGES.items(), key=lambda kv: kv[1]):
            self.language.addItem(f"{name} ({code})", code)
        self.location = QLineEdit(self)
        _named(self.location, tr("Where to keep the draft"))
        self.browse = QPushButton(tr("B&rowse…"), self)
        _named(self.browse, tr("Choose where to keep the draft"))
        self.browse.clicked.connect(self._browse)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(self.browse)
        for text, field in (
            (tr("&Member State:"), self.member_state),
            (tr("&Cycle:"), self.cycle),
            (tr("&Language:"), self.language),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        label = QLabel(tr("&Save as:"), self)
        label.setBuddy(self.location)
        form.addRow(label, location_row)
        form.addRow(self.problem)
        self.member_state.currentIndexChanged.connect(self._state_changed)

    def initializePage(self) -> None:
        framework = self.framework_page.framework
        assert framework is not None
        self.member_state.blockSignals(True)
        self.member_state.clear()
        named = [(member_state_name(s.code, s.name), s.code) for s in framework.member_states]
        for name, code in sorted_by_name(named, lambda pair: pair[0]):
            self.member_state.addItem(f"{name} ({code})", code)
        self.member_state.blockSignals(False)
        index = self.member_state.findData(self.default_state)
        self.member_state.setCurrentIndex(max(index, 0))
        self.cycle.setText(str(framework.cycle))
        self._state_changed()

    def _state_changed(self, *_args: object) -> None:
        code = str(self.member_state.currentData() or "")
        index = self.language.findData(default_language(code))
        if index >= 0:
            self.language.setCurrentIndex(index)
        framework = self.framework_page.framework
        cycle = framework.cycle if framework else ""
        folder = self.folder
        self.location.setText(str(_free_name(folder / f"{code}-{cycle}-contribution.pactdesk")))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Keep the draft as"), self.location.text(), tr("PactDesk drafts (*.pactdesk)")
        )
        if name:
            if not name.endswith(".pactdesk"):
                name += ".pactdesk"
            self.location.setText(name)

    def validatePage(self) -> bool:
        """Finish: check the name, then make the draft (exactly once; Cancel makes nothing).

        ``QWizard`` validates the last page when Finish is pressed and only then
        closes, so the draft is made here and not in ``accept()`` (which would run
        before the check and make the check find the new file).
        """
        path = Path(self.location.text().strip()).expanduser()
        if not path.name:
            self.problem.setText(tr("Please say where to keep the draft."))
            return False
        if path.suffix != ".pactdesk":
            path = path.with_name(path.name + ".pactdesk")
        wizard = self.wizard()
        assert isinstance(wizard, NewContributionWizard)
        if wizard.created is not None and wizard.created == path:
            return True
        if path.exists():
            self.problem.setText(
                tr("There is already a file {name} there; choose another name.").format(
                    name=path.name
                )
            )
            return False
        try:
            wizard.make_draft(path)
        except (OSError, ValueError) as exc:
            self.problem.setText(tr("The draft could not be made: {reason}").format(reason=exc))
            return False
        self.problem.setText("")
        return True


def _free_name(path: Path) -> Path:
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


class NewContributionWizard(QWizard):
    def __init__(
        self,
        *,
        author: str,
        default_state: str = "",
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New contribution"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.author = author
        self.framework_page = FrameworkPage(self)
        self.details = DetailsPage(
            self.framework_page,
            default_state,
            folder if folder is not None else paths.drafts_dir(),
            self,
        )
        self.addPage(self.framework_page)
        self.addPage(self.details)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            button.setAccessibleName(
                button.text().replace("&", "").replace("<", "").replace(">", "").strip()
            )
        self.created: Path | None = None
        self.resize(640, 440)

    def make_draft(self, path: Path) -> None:
        """Make the draft file at ``path`` (called once, when Finish is pressed)."""
        framework = self.framework_page.framework
        assert framework is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = Draft.create(
            path,
            framework=framework,
            framework_raw=self.framework_page.raw,
            member_state=str(self.details.member_state.currentData()),
            cycle=framework.cycle,
            language=str(self.details.language.currentData()),
            author=self.author,
        )
        draft.close()
        self.created = path
