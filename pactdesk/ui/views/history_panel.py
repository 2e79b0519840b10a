"""The side panel's history tab: who changed the item on show, when, and by how much.

Every change of a draft is an event in its hash-chained history
(:mod:`pactdesk.domain.history`).  Autosave writes one every fraction of a
second while someone types, so this panel groups an author's uninterrupted
work on one field (no pause longer than :data:`SESSION_GAP`) into one
:class:`Change`, and lists the changes of the page on show, newest first.
The events are read on the worker thread (:func:`page_changes`), one query
per field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pactdesk.domain.contribution import describe_key, is_list_key, word_count
from pactdesk.domain.framework import Framework
from pactdesk.domain.history import Event
from pactdesk.services.drafts import Draft
from pactdesk.ui import formats, style
from pactdesk.ui.i18n import tr

MAX_SHOWN = 100
SESSION_GAP = dt.timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class Change:
    item: str
    author: str
    source: str | None
    started: str
    ended: str
    before: str | None
    after: str | None
    saves: int


def _moment(at: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(at)
    except ValueError:
        return None


def group_events(events: Iterable[Event]) -> list[Change]:
    """One change per author's uninterrupted work on one field; newest first."""
    changes: list[Change] = []
    last: dict[str, int] = {}  # item -> index of its open change
    for event in sorted(events, key=lambda e: e.seq):
        index = last.get(event.item)
        if index is not None:
            open_change = changes[index]
            previous, now = _moment(open_change.ended), _moment(event.at)
            if (
                open_change.author == event.author
                and open_change.source == event.source
                and previous is not None
                and now is not None
                and now - previous <= SESSION_GAP
            ):
                changes[index] = Change(
                    item=event.item,
                    author=event.author,
                    source=event.source,
                    started=open_change.started,
                    ended=event.at,
                    before=open_change.before,
                    after=event.after,
                    saves=open_change.saves + 1,
                )
                continue
        changes.append(
            Change(
                item=event.item,
                author=event.author,
                source=event.source,
                started=event.at,
                ended=event.at,
                before=event.before,
                after=event.after,
                saves=1,
            )
        )
        last[event.item] = len(changes) - 1
    changes.sort(key=lambda c: c.ended, reverse=True)
    return changes[:MAX_SHOWN]


def page_changes(draft: Draft, keys: Iterable[str]) -> list[Change]:
    """Worker thread; one read per field."""
    return group_events(event for key in keys for event in draft.events(item=key))


def _when(at: str) -> str:
    return formats.moment_text(at)


def field_label(framework: Framework, key: str) -> str:
    """Like ``describe_key``, with the Commission's question instead of its id."""
    parts = key.split("/")
    if len(parts) == 4 and parts[2] == "prompt":
        try:
            text = framework.prompt(parts[3]).text
        except KeyError:
            return describe_key(framework, key)
        short = text if len(text) <= 70 else text[:69].rstrip() + "…"
        return tr("{id} — question “{text}”").format(id=parts[1], text=short)
    return describe_key(framework, key)


def source_label(source: str | None) -> str:
    if not source:
        return ""
    kind, _, name = source.partition(":")
    if kind.startswith("import") and name:
        return tr("imported from {name}").format(name=name)
    if kind == "exchange-import" and name:
        # One merge event: this draft and a colleague's return (its parents are in the event).
        return tr("merged from the return {name}").format(name=name.split(";")[0])
    return source


def _words(n: int) -> str:
    return tr("1 word") if n == 1 else tr("{n} words").format(n=n)


def describe_change(change: Change) -> str:
    if is_list_key(change.item):
        return tr("rows changed")
    before = word_count(change.before or "")
    after = word_count(change.after or "")
    if not before:
        return tr("written ({words})").format(words=_words(after))
    if not after:
        return tr("emptied ({words} removed)").format(words=_words(before))
    delta = after - before
    if delta > 0:
        return tr("{words} added").format(words=_words(delta))
    if delta < 0:
        return tr("{words} removed").format(words=_words(-delta))
    return tr("edited, same length")


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(tr("C&hanges to this item, newest first"), self)
        self.label.setFont(style.bold_font())
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAccessibleName(tr("Changes to this item"))
        self.label.setBuddy(self.list)
        self.note = QLabel(
            tr(
                "Every change is kept in the draft's history, chained so that an altered "
                "history shows."
            ),
            self,
        )
        self.note.setWordWrap(True)
        style.muted(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)

    def show_changes(self, framework: Framework, changes: list[Change]) -> None:
        self.list.clear()
        for event in changes:
            field = field_label(framework, event.item)
            source = f" · {source_label(event.source)}" if event.source else ""
            text = tr("{when} · {author}{source}\n{field}: {change}").format(
                when=_when(event.ended),
                author=event.author,
                source=source,
                field=field,
                change=describe_change(event),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, event.item)
            if not is_list_key(event.item):
                item.setToolTip((event.after or "")[:600])
            self.list.addItem(item)
        if not changes:
            self.list.addItem(tr("No changes yet."))
        self.list.setCurrentRow(0)  # Enter works at once
