"""The editor's pages: one per political assessment, one per commitment.

Each page is built once and re-filled when the user moves to another item
(documents are swapped, not re-read; see :mod:`pactdesk.ui.views.fields`),
which keeps switching between two long commitments well under 50 ms.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    answer_key,
    data_key,
    decode_data,
    decode_references,
    political_key,
    prompt_key,
    references_key,
)
from pactdesk.domain.framework import Commitment, Framework, PolicyArea, Prompt, period_within
from pactdesk.domain.languages import LANGUAGES
from pactdesk.ui import style
from pactdesk.ui.i18n import QT_TR_NOOP, tr, ui_language
from pactdesk.ui.models.rows import DataPointModel, ReferenceModel
from pactdesk.ui.views.fields import AnswerField, DocumentStore
from pactdesk.ui.views.tables import TableSection

MAX_WIDTH = 980


class Page(QScrollArea):
    """A scrollable page with a centred column of readable width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QWidget(self)
        row = QHBoxLayout(outer)
        row.setContentsMargins(24, 18, 24, 24)
        self.column = QWidget(outer)
        self.column.setMaximumWidth(MAX_WIDTH)
        row.addStretch(1)
        row.addWidget(self.column, 100)
        row.addStretch(1)
        self.body = QVBoxLayout(self.column)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(14)
        self.setWidget(outer)
        # Shown on an item a contributor's draft holds read-only (not sent to them).
        self.locked_note = QLabel(self.column)
        self.locked_note.setObjectName("lockedNote")
        self.locked_note.setWordWrap(True)
        self.locked_note.setFont(style.bold_font())
        self.locked_note.setText(
            tr(
                "Read-only: this item was not sent to you. The coordinator writes it; "
                "you can read it here but not change it."
            )
        )
        self.locked_note.hide()

    def set_locked(self, locked: bool) -> None:
        _show(self.locked_note, locked)

    def to_top(self) -> None:
        self.verticalScrollBar().setValue(0)


def _box(parent: QWidget, caption: str, *, name: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A quiet framed box (the Pact's own text, the Annex's instruction)."""
    frame = QFrame(parent)
    frame.setObjectName(name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(frame.palette().ColorRole.AlternateBase)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)
    label = QLabel(caption, frame)
    label.setFont(style.bold_font())
    label.setWordWrap(True)  # a caption with its language note is long in French or German
    style.muted(label)
    layout.addWidget(label)
    return frame, layout, label


def _show(widget: QWidget, visible: bool) -> None:
    """Show or hide only when it changes (a no-op show still costs a layout pass)."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)


def _quoted(text: str) -> str:
    """The Annex's straight quotes, typeset: 'Short "political" report' -> “political”."""
    return re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text)


def in_its_language(caption: str, framework: Framework, key: str) -> str:
    """``caption`` marked with the language of the framework text ``key`` under it.

    Nothing is added when the text is in the window's language; a translation
    carries the framework file's note on it ("PactDesk's translation, not the
    official text"); a text in the file's own language says which that is.
    """
    language = framework.language_of(key)
    shown = framework.shown
    if shown is not None and language == shown.language:
        return f"{caption} — {shown.note}"
    if language == ui_language():
        return caption
    return tr("{caption} — original text, {language}").format(
        caption=caption, language=LANGUAGES.get(language, language)
    )


def _text_label(parent: QWidget, *, italic: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if italic:
        font = label.font()
        font.setItalic(True)
        label.setFont(font)
    return label


class PoliticalPage(Page):
    """Part I: the Annex's instruction, the area's main commitment, the assessment."""

    def __init__(self, framework: Framework, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("politicalPage")
        self.framework = framework
        self.crumb = QLabel(self.column)
        style.muted(self.crumb)
        self.title = style.heading("", 1.6, parent=self.column)
        box, box_layout, instruction_caption = _box(
            self.column, tr("What the Annex asks"), name="instructionBox"
        )
        instruction_caption.setText(
            in_its_language(instruction_caption.text(), framework, "part_one/instruction")
        )
        self.instruction = _text_label(box)
        self.instruction.setText(framework.part_one_instruction)
        box_layout.addWidget(self.instruction)
        main_box, main_layout, self.main_caption = _box(
            self.column, tr("The Pact's main commitment for this area"), name="mainCommitmentBox"
        )
        self.main_commitment = _text_label(main_box, italic=True)
        main_layout.addWidget(self.main_commitment)
        self.field = AnswerField(self.column, lines=18)
        self.summary = QLabel(self.column)
        self.summary.setWordWrap(True)
        style.muted(self.summary)
        for widget in (
            self.crumb,
            self.title,
            self.locked_note,
            box,
            main_box,
            self.field,
            self.summary,
        ):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.area: PolicyArea | None = None

    def show_area(self, area: PolicyArea, documents: DocumentStore, *, read_only: bool) -> None:
        self.area = area
        self.crumb.setText(
            tr("Part I · {title}").format(title=_quoted(self.framework.part_one_title))
        )
        self.title.setText(tr("{id}. {title}").format(id=area.id, title=area.title))
        self.main_commitment.setText(area.main_commitment)
        self.main_caption.setText(
            in_its_language(
                tr("The Pact's main commitment for this area"),
                self.framework,
                f"area/{area.id}/main_commitment",
            )
        )
        title = tr("Political assessment: {title}").format(title=area.title)
        key = political_key(area.id)
        self.field.bind(
            key,
            documents.document(key),
            title=title,
            hint=tr(
                "Your Member State's political assessment of progress since the Pact was "
                "adopted in October 2008, for this policy area."
            ),
            read_only=read_only,
        )
        self.to_top()

    def set_summary(self, *, complete: int, commitments: int, open_questions: int) -> None:
        """What Part II of this area says so far, to write the assessment against."""
        text = tr("Part II for this area so far: {complete} of {n} commitments complete.").format(
            complete=complete, n=commitments
        )
        if open_questions:
            text += " " + (
                tr("1 question of the Commission is still unanswered.")
                if open_questions == 1
                else tr("{n} questions of the Commission are still unanswered.").format(
                    n=open_questions
                )
            )
        self.summary.setText(text)

    def field_for(self, key: str):
        return self.field.edit if key == self.field.key else None

    def first_field(self):
        return self.field.edit


_KIND_LABELS = {
    "crisis_impact": QT_TR_NOOP("The Commission also asks: the effect of the economic crisis"),
    "data_request": QT_TR_NOOP("The Commission also asks for data and trends — if available"),
    "report_request": QT_TR_NOOP("The Commission also asks you to report on this"),
}


class PromptCard(QFrame):
    """One extra request of the Annex, with its own answer box.  Meant to be impossible to miss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#promptCard { border: 1px solid palette(mid); border-left: 6px solid "
            f"{style.ATTENTION}; border-radius: 4px; background: palette(alternate-base); }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 14, 12)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.icon = QLabel(self)
        size = self.fontMetrics().height() + 4
        self.icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.kind = QLabel(self)
        self.kind.setFont(style.bold_font())
        palette = self.kind.palette()
        palette.setColor(self.kind.foregroundRole(), QColor(style.ATTENTION))
        self.kind.setPalette(palette)
        self.kind.setWordWrap(True)
        top.addWidget(self.icon)
        top.addWidget(self.kind, 1)
        layout.addLayout(top)
        # A request the source document lost part of, completed by the template's editors.
        self.reconstructed = QLabel(self)
        self.reconstructed.setObjectName("reconstructedNote")
        self.reconstructed.setWordWrap(True)
        self.reconstructed.setTextFormat(Qt.TextFormat.PlainText)
        self.reconstructed.setStyleSheet(
            "#reconstructedNote { border: 1px dashed palette(mid); padding: 4px 6px; }"
        )
        self.reconstructed.hide()
        layout.addWidget(self.reconstructed)
        self.field = AnswerField(self, lines=7)
        self.field.title.setFont(style.scaled_font(1.05, bold=True))
        layout.addWidget(self.field)

    def bind(
        self,
        commitment: Commitment,
        prompt: Prompt,
        documents: DocumentStore,
        *,
        read_only: bool,
        number: int,
        count: int,
        framework: Framework,
        language_above: str,
    ) -> None:
        kind = tr(_KIND_LABELS.get(prompt.kind, _KIND_LABELS["report_request"]))
        line = tr("Request {n} of {count} · {kind}").format(n=number, count=count, kind=kind)
        # The request is in the Commission's words: say in which language, unless the
        # Pact's text above (whose box says it) is in the same one.
        if framework.language_of(f"prompt/{prompt.id}") != language_above:
            line = in_its_language(line, framework, f"prompt/{prompt.id}")
        self.kind.setText(line)
        hint = ""
        if prompt.kind == "data_request":
            hint = tr("Answer in words here, and enter the figures in the data table below.")
        key = prompt_key(commitment.id, prompt.id)
        self.field.bind(
            key, documents.document(key), title=prompt.text, hint=hint, read_only=read_only
        )
        note = ""
        if prompt.reconstructed:
            note = tr(
                "Partly reconstructed: these are not all the Commission's own words. Where the "
                "text came from: {why}"
            ).format(why=prompt.reconstructed)
        self.reconstructed.setText(note)
        _show(self.reconstructed, bool(note))
        # A screen reader says the question (the name), then which request it is.
        self.field.edit.setAccessibleDescription(
            " ".join(p for p in (self.kind.text(), note, hint) if p)
        )


class CommitmentPage(Page):
    """Part II: the Pact's text, the extra requests, the two answers, data and references."""

    def __init__(self, framework: Framework, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentPage")
        self.framework = framework
        self.crumb = QLabel(self.column)
        style.muted(self.crumb)
        self.title = style.heading("", 1.6, parent=self.column)
        self.pact_box, pact_layout, self.pact_caption = _box(
            self.column, tr("The Pact's text"), name="pactTextBox"
        )
        most = max((len(c.paragraphs) for c in framework.commitments()), default=1)
        self.paragraphs = [_text_label(self.pact_box) for _ in range(most)]
        for label in self.paragraphs:
            pact_layout.addWidget(label)
        self.prompts_heading = QLabel(self.column)
        self.prompts_heading.setFont(style.scaled_font(1.15, bold=True))
        self.prompts_heading.setWordWrap(True)
        most_prompts = max((len(c.prompts) for c in framework.commitments()), default=0)
        self.cards = [PromptCard(self.column) for _ in range(most_prompts)]
        self.answers_heading = QLabel(tr("Your answers"), self.column)
        self.answers_heading.setFont(style.scaled_font(1.15, bold=True))
        self.actions_field = AnswerField(self.column, lines=12)
        self.developments_field = AnswerField(self.column, lines=12)
        self.data_model = DataPointModel(self)
        self.data_model.rules = framework.data_rules
        self.data = TableSection(
            self.data_model,
            title=tr("Data points"),
            explanation="",
            add_label=tr("Add data point"),
            add_key="Alt+A",
            remove_label=tr("Remove data point"),
            table_name=tr("Data points"),
            parent=self.column,
        )
        # Fixed widths from the font, not ResizeToContents: measuring every cell on
        # every switch of item costs more than the rest of the page together.
        header = self.data.table.horizontalHeader()
        metrics = self.data.table.fontMetrics()
        for column, sample in (
            (1, "0000-H1"),
            (2, "1 234 567"),
            (3, "persons"),
            (5, "Not comparable"),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        for column in (0, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.references_model = ReferenceModel(self)
        self.references = TableSection(
            self.references_model,
            title=tr("References"),
            explanation=tr(
                "Point to where this is already reported instead of repeating it, e.g. a section "
                "of the EMN annual policy report, a Eurostat table or a fund's annual report."
            ),
            add_label=tr("Add reference"),
            add_key="Alt+R",
            remove_label=tr("Remove reference"),
            table_name=tr("References"),
            parent=self.column,
        )
        ref_header = self.references.table.horizontalHeader()
        ref_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        ref_header.resizeSection(0, 260)
        ref_header.setStretchLastSection(True)
        for widget in (
            self.crumb,
            self.title,
            self.locked_note,
            self.pact_box,
            self.prompts_heading,
            *self.cards,
            self.answers_heading,
            self.actions_field,
            self.developments_field,
            self.data,
            self.references,
        ):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.commitment: Commitment | None = None

    def show_commitment(
        self,
        commitment: Commitment,
        documents: DocumentStore,
        *,
        data_text: str,
        references_text: str,
        read_only: bool,
    ) -> None:
        self.commitment = commitment
        area = self.framework.area(commitment.area_id)
        self.crumb.setText(tr("Part II · {id}. {title}").format(id=area.id, title=area.title))
        self.title.setText(tr("Commitment {id}").format(id=commitment.id))
        self.pact_caption.setText(
            in_its_language(tr("The Pact's text"), self.framework, f"commitment/{commitment.id}")
        )
        for index, label in enumerate(self.paragraphs):
            if index < len(commitment.paragraphs):
                text = commitment.paragraphs[index]
                label.setText(f"{commitment.label} {text}" if index == 0 else text)
            _show(label, index < len(commitment.paragraphs))
        count = len(commitment.prompts)
        self.prompts_heading.setVisible(bool(count))
        self.prompts_heading.setText(
            tr("For this commitment the Commission also asks a question. Please answer it.")
            if count == 1
            else tr(
                "For this commitment the Commission also asks {n} questions. Please answer each."
            ).format(n=count)
        )
        for index, card in enumerate(self.cards):
            if index < count:
                card.bind(
                    commitment,
                    commitment.prompts[index],
                    documents,
                    read_only=read_only,
                    number=index + 1,
                    count=count,
                    framework=self.framework,
                    language_above=self.framework.language_of(f"commitment/{commitment.id}"),
                )
            _show(card, index < count)
        self.actions_field.bind(
            answer_key(commitment.id, ACTIONS),
            documents.document(answer_key(commitment.id, ACTIONS)),
            title=self.framework.column_actions,
            read_only=read_only,
        )
        self.developments_field.bind(
            answer_key(commitment.id, DEVELOPMENTS),
            documents.document(answer_key(commitment.id, DEVELOPMENTS)),
            title=self.framework.column_developments,
            read_only=read_only,
        )
        if commitment.asks_for_data:
            periods = sorted({p.period for p in commitment.prompts if p.period})
            self.data.heading.setText(tr("Data points — the Annex asks for data here"))
            # The cycle's rule for these periods, in the framework's own words.
            rules = [
                rule.explanation
                for rule in self.framework.data_rules.not_harmonised
                if any(
                    period_within(asked, outer) or period_within(outer, asked)
                    for asked in periods
                    for outer in rule.periods
                )
            ]
            if rules:
                explanation = tr(
                    "Data and trends for {periods}. {rule} Leave “Comparability” unticked and "
                    "it is marked “not comparable”, as the Commission's document warns."
                ).format(periods=", ".join(periods), rule=" ".join(rules))
            else:
                explanation = tr("Data and trends for {periods}.").format(
                    periods=", ".join(periods) or tr("the period asked")
                )
        else:
            self.data.heading.setText(tr("Data points (optional)"))
            explanation = tr(
                "Figures that support your answers. Data that is not harmonised is marked "
                "“not comparable”."
            )
        self.data.explanation.setText(explanation)
        self.data_model.set_rows(decode_data(data_text), read_only=read_only)
        self.data.set_read_only(read_only)
        self.references_model.set_rows(decode_references(references_text), read_only=read_only)
        self.references.set_read_only(read_only)
        # Rows as tall as their text, measured once per item (a handful of rows), so
        # that an indicator or a source is never cut off with "…".
        for table in (self.data.table, self.references.table):
            table.resizeRowsToContents()
        self.to_top()

    def field_for(self, key: str):
        if self.commitment is None:
            return None
        for card in self.cards[: len(self.commitment.prompts)]:
            if card.field.key == key:
                return card.field.edit
        for field in (self.actions_field, self.developments_field):
            if field.key == key:
                return field.edit
        if key == data_key(self.commitment.id):
            return self.data.table if self.data_model.rows else self.data.add_button
        if key == references_key(self.commitment.id):
            return (
                self.references.table if self.references_model.rows else self.references.add_button
            )
        return None

    def first_field(self):
        assert self.commitment is not None
        if self.commitment.prompts:
            return self.cards[0].field.edit
        return self.actions_field.edit
