"""The navigator's model: Part I and Part II of the Annex as a tree.

The rows are frozen (:class:`NavRow`, built once from the framework); only
the progress of each page changes, and the model says so with
``dataChanged``.  Part I holds one page per policy area (the political
assessment); Part II holds the five areas and, under each, its commitments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from pactdesk.domain.contribution import political_key, text_keys
from pactdesk.domain.framework import Framework
from pactdesk.ui import style
from pactdesk.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument

#: A custom role: the page key of a row ("political/I", "commitment/I.a"), or "".
PageKeyRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class NavRow:
    key: str  # the page key, or "part/1", "area/I" for grouping rows
    kind: str  # part | area | political | commitment
    label: str
    title: str
    parent: int
    children: tuple[int, ...]
    row: int  # the row's number under its parent

    @property
    def is_page(self) -> bool:
        return self.kind in ("political", "commitment")


def page_key_for_item(item_key: str) -> str:
    """The page an item key is edited on: ``commitment/I.a/prompt/x`` -> ``commitment/I.a``."""
    parts = item_key.split("/")
    return "/".join(parts[:2])


def row_key_for_item(item: str) -> str:
    """The navigator row of an ITEM (:mod:`pactdesk.domain.fields`): ``P1.I`` -> ``political/I``."""
    if item.startswith("P1."):
        return political_key(item[3:])
    if "." not in item:
        return f"area/{item}"  # a policy area of Part II
    return f"commitment/{item}"


def build_rows(framework: Framework) -> tuple[NavRow, ...]:
    specs: list[tuple[str, str, str, str, int]] = []  # key, kind, label, title, parent
    specs.append(("part/1", "part", tr("Part I"), _quoted(framework.part_one_title), -1))
    part_one = 0
    for area in framework.areas:
        specs.append((political_key(area.id), "political", area.id, area.title, part_one))
    specs.append(("part/2", "part", tr("Part II"), framework.part_two_title, -1))
    part_two = len(specs) - 1
    for area in framework.areas:
        specs.append((f"area/{area.id}", "area", area.id, area.title, part_two))
        area_index = len(specs) - 1
        for commitment in area.commitments:
            first = commitment.paragraphs[0] if commitment.paragraphs else ""
            specs.append(
                (f"commitment/{commitment.id}", "commitment", commitment.id, first, area_index)
            )
    children: dict[int, list[int]] = {}
    for index, spec in enumerate(specs):
        children.setdefault(spec[4], []).append(index)
    rows = []
    for index, (key, kind, label, title, parent) in enumerate(specs):
        rows.append(
            NavRow(
                key=key,
                kind=kind,
                label=label,
                title=title,
                parent=parent,
                children=tuple(children.get(index, ())),
                row=children[parent].index(index),
            )
        )
    return tuple(rows)


def page_fields(framework: Framework) -> dict[str, tuple[str, ...]]:
    """The prose fields of every page, in the order the page shows them."""
    fields: dict[str, list[str]] = {}
    for key in text_keys(framework):
        fields.setdefault(page_key_for_item(key), []).append(key)
    # A commitment page shows the prompts before the two answers.
    ordered: dict[str, tuple[str, ...]] = {}
    for page, keys in fields.items():
        prompts = [k for k in keys if "/prompt/" in k]
        others = [k for k in keys if "/prompt/" not in k]
        ordered[page] = (*prompts, *others)
    return ordered


class NavigatorModel(QAbstractItemModel):
    """Two columns: the item (with its status mark) and its progress ("2 of 4")."""

    def __init__(self, framework: Framework, parent=None) -> None:
        super().__init__(parent)
        self.rows = build_rows(framework)
        self._roots = tuple(i for i, r in enumerate(self.rows) if r.parent == -1)
        self._by_key = {row.key: i for i, row in enumerate(self.rows)}
        self._progress: dict[str, tuple[int, int]] = {}
        self._open_questions: dict[str, int] = {}
        self._comments: dict[str, int] = {}  # row key -> open comment threads on the row itself
        self.page_keys = tuple(row.key for row in self.rows if row.is_page)
        #: pages a contributor's draft holds read-only (not sent to them): shown, marked
        self.locked_pages: frozenset[str] = frozenset()

    def set_locked_pages(self, pages: frozenset[str]) -> None:
        self.locked_pages = pages
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 1))

    # -- structure -----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if column < 0 or column >= 2 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            siblings = self._roots
        else:
            if parent.column() != 0:
                return QModelIndex()
            siblings = self.rows[parent.internalId()].children
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        row = self.rows[index.internalId()]
        if row.parent == -1:
            return QModelIndex()
        return self.createIndex(self.rows[row.parent].row, 0, row.parent)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._roots)
        if parent.column() != 0:
            return 0
        return len(self.rows[parent.internalId()].children)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- content ----------------------------------------------------------------

    def progress(self, key: str) -> tuple[int, int]:
        row = self.rows[self._by_key[key]]
        if row.is_page:
            return self._progress.get(key, (0, 0))
        answered = total = 0
        for child in row.children:
            a, t = self.progress(self.rows[child].key)
            answered += a
            total += t
        return answered, total

    def open_questions(self, key: str) -> int:
        """The Commission's extra requests still unanswered under this row."""
        row = self.rows[self._by_key[key]]
        if row.is_page:
            return self._open_questions.get(key, 0)
        return sum(self.open_questions(self.rows[child].key) for child in row.children)

    def open_comments(self, key: str) -> int:
        """Open comment threads on this row and the rows under it."""
        row = self.rows[self._by_key[key]]
        return self._comments.get(key, 0) + sum(
            self.open_comments(self.rows[child].key) for child in row.children
        )

    def set_open_comments(self, counts: dict[str, int]) -> None:
        """The open threads per row key (:func:`row_key_for_item`); marks the rows that changed."""
        counts = {key: n for key, n in counts.items() if n and key in self._by_key}
        changed = set(counts.items()) ^ set(self._comments.items())
        self._comments = counts
        for key in {key for key, _n in changed}:
            position = self._by_key[key]
            while position != -1:
                row = self.rows[position]
                self.dataChanged.emit(
                    self.createIndex(row.row, 0, position), self.createIndex(row.row, 1, position)
                )
                position = row.parent

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.internalId()]
        column = index.column()
        if role == PageKeyRole:
            return row.key if row.is_page else ""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if row.kind == "part":
                    return f"{row.label} — {row.title}"
                if row.kind == "area":
                    return f"{row.label}. {row.title}"
                if row.kind == "political":
                    return tr("{area}. {title}").format(area=row.label, title=row.title)
                return f"{row.label}  {_short(row.title, 150)}"  # Qt elides what the width cuts
            if row.key in self.locked_pages:
                return tr("read-only")
            answered, total = self.progress(row.key)
            return tr("{answered}/{total}").format(answered=answered, total=total) if total else ""
        if role == Qt.ItemDataRole.ToolTipRole or role == Qt.ItemDataRole.AccessibleTextRole:
            answered, total = self.progress(row.key)
            state = self._state_words(answered, total)
            questions = self.open_questions(row.key)
            if questions:
                state += "; " + (
                    tr("1 question of the Commission unanswered")
                    if questions == 1
                    else tr("{n} questions of the Commission unanswered").format(n=questions)
                )
            if row.key in self.locked_pages:
                state = tr("read-only, not sent to you")
            comments = self.open_comments(row.key)
            if comments:
                state += "; " + tr("%n open comment(s)", "", comments)
            if row.kind == "commitment":
                # What the row shows (its id and the start of its text), then its state.
                return tr("Commitment {id}, {title}: {state}").format(
                    id=row.label, title=_short(row.title), state=state
                )
            if row.kind == "political":
                return tr("Political assessment {id}, {title}: {state}").format(
                    id=row.label, title=row.title, state=state
                )
            return f"{row.label} {row.title}: {state}"
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and row.kind != "part":
            answered, total = self.progress(row.key)
            return style.status_icon(answered, total)
        if role == Qt.ItemDataRole.ForegroundRole and row.key in self.locked_pages:
            # Secondary text (readable in every theme); "read-only" beside it says it in words.
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.DecorationRole and column == 1 and row.kind != "part":
            comments = self.open_comments(row.key)
            return style.comment_icon(comments) if comments else None
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and self.open_questions(row.key):
            return QBrush(QColor(style.ATTENTION))  # the tooltip and the name say it in words
        if role == Qt.ItemDataRole.FontRole and (
            row.kind in ("part", "area")
            or (column == 1 and self.open_questions(row.key) and row.key not in self.locked_pages)
        ):
            return style.bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _state_words(answered: int, total: int) -> str:
        if total and answered == total:
            return tr("complete")
        if answered == 0:
            return tr("not started")
        return tr("{answered} of {total} fields answered").format(answered=answered, total=total)

    def set_progress(self, key: str, answered: int, total: int, open_questions: int = 0) -> None:
        if (
            self._progress.get(key) == (answered, total)
            and self._open_questions.get(key, 0) == open_questions
        ):
            return
        self._progress[key] = (answered, total)
        self._open_questions[key] = open_questions
        position = self._by_key[key]
        while position != -1:
            row = self.rows[position]
            self.dataChanged.emit(
                self.createIndex(row.row, 0, position), self.createIndex(row.row, 1, position)
            )
            position = row.parent

    def index_for_key(self, key: str) -> QModelIndex:
        position = self._by_key.get(key)
        if position is None:
            return QModelIndex()
        return self.createIndex(self.rows[position].row, 0, position)


def _quoted(text: str) -> str:
    return re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text)


def _short(text: str, limit: int = 70) -> str:
    text = text.strip()
    if text.startswith("to "):
        text = text[3:]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


__all__ = [
    "NavigatorModel",
    "NavRow",
    "PageKeyRole",
    "build_rows",
    "page_fields",
    "page_key_for_item",
    "row_key_for_item",
]
