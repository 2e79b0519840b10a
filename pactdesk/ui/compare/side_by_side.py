"""Several Member States' answers to one commitment (or one area's assessments), side by side.

One column per chosen Member State: its language shown in the column's
title and set on the text (so that spelling, hyphenation and screen readers
treat it as that language); the Commission's text and requests above; for
each request the Member State's answer; its data points (not comparable
ones marked); what the January update changed, marked.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    answer_key,
    political_key,
    prompt_key,
)
from pactdesk.domain.languages import LANGUAGES
from pactdesk.services.compile import Compilation, Included
from pactdesk.ui.i18n import tr


def _paragraphs(text: str, lang: str) -> str:
    if not text.strip():
        return f"<p><i>{escape(tr('Not answered.'))}</i></p>"
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f'<p lang="{escape(lang)}">{escape(p)}</p>' for p in parts)


def _changed(entry: Included, key: str) -> str:
    if key in entry.changed_keys:
        label = escape(tr("changed in the update"))
        return f' <span style="background:#f8cbad">&nbsp;{label}&nbsp;</span>'
    return ""


def language_label(code: str) -> str:
    return f"{LANGUAGES.get(code, code)} ({code})"


class SideBySideView(QDialog):
    """Answers of several Member States to one commitment, or assessments of one area."""

    def __init__(
        self,
        compilation: Compilation,
        *,
        commitment_id: str | None = None,
        area_id: str | None = None,
        states: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.compilation = compilation
        self.commitment_id = commitment_id
        self.area_id = area_id
        framework = compilation.framework
        if commitment_id is not None:
            commitment = framework.commitment(commitment_id)
            title = tr("{id}: the answers side by side").format(id=commitment_id)
            intro = (
                f"<p><b>{escape(commitment_id)} ({escape(commitment.letter)})</b> "
                + escape(commitment.text).replace("\n\n", "</p><p>")
                + "</p>"
            )
            for prompt in commitment.prompts:
                intro += (
                    f'<p style="background:#f3f3f0"><i>{escape(tr("The Commission asks:"))}</i> '
                    f"{escape(prompt.text)}</p>"
                )
        else:
            area = framework.area(area_id or framework.areas[0].id)
            title = tr("Political assessments of area {id} side by side").format(id=area.id)
            intro = (
                f"<p><b>{escape(area.id)}. {escape(area.title)}</b></p>"
                f"<p><i>{escape(tr('Main commitment:'))}</i> {escape(area.main_commitment)}</p>"
            )
        self.setWindowTitle(title)
        self.setObjectName("sideBySide")
        self.resize(1300, 720)
        layout = QVBoxLayout(self)
        self.intro = QTextBrowser()
        self.intro.setAccessibleName(tr("What the Commission asked"))
        self.intro.setHtml(intro)
        self.intro.setMaximumHeight(150)
        layout.addWidget(self.intro)

        body = QHBoxLayout()
        picker_box = QVBoxLayout()
        picker_label = QLabel(tr("&Member States shown:"))
        self.picker = QListWidget()
        self.picker.setAccessibleName(tr("Member States shown side by side"))
        self.picker.setMaximumWidth(170)
        picker_label.setBuddy(self.picker)
        for entry in compilation.included:
            item = QListWidgetItem(f"{entry.member_state} — {language_label(entry.language)}")
            item.setData(Qt.ItemDataRole.UserRole, entry.member_state)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if entry.member_state in states else Qt.CheckState.Unchecked
            )
            self.picker.addItem(item)
        self.picker.itemChanged.connect(lambda _item: self._fill())
        picker_box.addWidget(picker_label)
        picker_box.addWidget(self.picker, 1)
        body.addLayout(picker_box)
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.setChildrenCollapsible(False)
        body.addWidget(self.columns, 1)
        layout.addLayout(body, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self._fill()

    def shown_states(self) -> list[str]:
        out = []
        for row in range(self.picker.count()):
            item = self.picker.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def column(self, code: str) -> QTextBrowser | None:
        for index in range(self.columns.count()):
            widget = self.columns.widget(index)
            if isinstance(widget, QTextBrowser) and widget.property("memberState") == code:
                return widget
        return None

    def _fill(self) -> None:
        while self.columns.count():
            widget = self.columns.widget(0)
            if widget is None:
                break
            widget.setParent(None)
            widget.deleteLater()
        for code in self.shown_states():
            entry = self.compilation.member(code)
            view = QTextBrowser()
            view.setProperty("memberState", code)
            view.setLocale(QLocale(entry.language))
            view.setAccessibleName(
                tr("{state}, in {language}").format(
                    state=entry.name, language=language_label(entry.language)
                )
            )
            view.setHtml(self._html(entry))
            view.setMinimumWidth(240)
            self.columns.addWidget(view)

    def _html(self, entry: Included) -> str:
        framework = self.compilation.framework
        lang = entry.language
        head = (
            f"<h3>{escape(entry.member_state)} — {escape(entry.name)}</h3>"
            f"<p><small>{escape(tr('Written in'))} {escape(language_label(lang))} · "
            f"{escape(entry.bundle.file)}"
            + (f" · {escape(tr('January update'))}" if entry.updated else "")
            + "</small></p>"
        )
        if self.commitment_id is None:
            area = self.area_id or framework.areas[0].id
            key = political_key(area)
            return (
                head + _changed(entry, key) + _paragraphs(entry.contribution.assessment(area), lang)
            )
        cid = self.commitment_id
        commitment = framework.commitment(cid)
        answer = entry.contribution.commitment(cid)
        html = head
        html += (
            f"<h4>{escape(framework.column_actions)}"
            f"{_changed(entry, answer_key(cid, ACTIONS))}</h4>"
        )
        html += _paragraphs(answer.actions_undertaken, lang)
        html += (
            f"<h4>{escape(framework.column_developments)}"
            f"{_changed(entry, answer_key(cid, DEVELOPMENTS))}</h4>"
        )
        html += _paragraphs(answer.developments_planned, lang)
        for prompt in commitment.prompts:
            html += (
                f'<h4 style="color:#8a5a00">{escape(tr("The Commission asks:"))} '
                f"{escape(prompt.text[:90])}{'…' if len(prompt.text) > 90 else ''}"
                f"{_changed(entry, prompt_key(cid, prompt.id))}</h4>"
            )
            html += _paragraphs(answer.prompt_answer(prompt.id), lang)
        if answer.data:
            html += f"<h4>{escape(tr('Data'))}{_changed(entry, f'commitment/{cid}/data')}</h4>"
            html += '<table border="1" cellspacing="0" cellpadding="2">'
            for point in answer.data:
                mark = "" if point.harmonised else ' style="background:#fff2cc"'
                note = tr("harmonised") if point.harmonised else tr("not comparable")
                html += (
                    f"<tr{mark}><td>{escape(point.indicator)}</td><td>{escape(point.period)}</td>"
                    f'<td align="right">{"" if point.value is None else f"{point.value:g}"}</td>'
                    f"<td>{escape(point.unit)}</td><td>{escape(note)}</td></tr>"
                )
            html += "</table>"
        return html
