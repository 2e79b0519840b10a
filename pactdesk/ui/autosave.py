"""Autosave: what the user types reaches the disk within a second, off the keyboard's path.

Every editable field tells the :class:`Autosaver` that it changed (its key
and a getter for its current text).  The autosaver collects the changed keys
and, at most :data:`FLUSH_MS` after the first unsaved keystroke -- and at
once when the user leaves a field, switches item or closes the window --
reads the texts (on the GUI thread, a copy of a string) and hands them to
the single worker thread of :mod:`pactdesk.ui.tasks`, which writes them in
one transaction (``Draft.save_many``).  The keyboard never waits for the
disk.  The contribution's status (validation findings, completeness) is
worked out by :func:`compute_state`, also on the worker, once the typing
pauses (the editor asks for it): on a long draft it reads every field, and
doing that after every save would make typing stutter.

If a save fails (a full disk, a draft that became read-only) the texts stay
pending, the window says so, and the autosaver tries again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from pactdesk.domain import validation
from pactdesk.domain.contribution import without_control_characters
from pactdesk.domain.validation import Completeness, Finding
from pactdesk.services.drafts import Draft
from pactdesk.ui.tasks import run_in_background, wait_for_idle

#: The longest an unsaved keystroke waits for the disk (the bar is one second).
FLUSH_MS = 300
RETRY_MS = 2000


@dataclass(frozen=True, slots=True)
class DraftState:
    """What the window shows about the whole contribution after a save."""

    revision: int
    findings: tuple[Finding, ...]
    completeness: Completeness
    changed: tuple[str, ...] = ()


def compute_state(draft: Draft, changed: tuple[str, ...] = ()) -> DraftState:
    """Worker thread; reads the draft in one read transaction per query."""
    contribution = draft.contribution()
    # A contributor's draft: the findings and the count of the items sent to them.
    only = draft.info.editable_keys
    return DraftState(
        revision=draft.head().revision,
        findings=tuple(validation.within(validation.validate(draft.framework, contribution), only)),
        completeness=validation.completeness(draft.framework, contribution, only=only),
        changed=changed,
    )


@dataclass(frozen=True, slots=True)
class Saved:
    revision: int
    changed: tuple[str, ...]


def _save(draft: Draft, batch: dict[str, str], author: str) -> Saved:
    """Worker thread; one ``save_many`` transaction."""
    result = draft.save_many(batch, author=author)
    return Saved(result.head.revision, result.changed)


def constant(text: str) -> Callable[[], str]:
    """A getter for a text that will not change (a table's rows, a failed batch)."""

    def get() -> str:
        return text

    return get


class Autosaver(QObject):
    """Collects changed fields and saves them on the worker thread."""

    saved = Signal(object)  # Saved
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, draft: Draft, *, author: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = draft
        self.author = author
        self._pending: dict[str, Callable[[], str]] = {}
        self._in_flight = 0
        self.last_saved_at: dt.datetime | None = None
        self.revision = draft.head().revision
        self.last_error: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return bool(self._pending) or self._in_flight > 0

    def mark(self, key: str, getter: Callable[[], str]) -> None:
        """A field changed: save it within :data:`FLUSH_MS` (the timer is not restarted)."""
        self._pending[key] = getter
        if not self._timer.isActive():
            self._timer.start(FLUSH_MS)

    def flush(self) -> None:
        """Hand every pending field to the worker now (GUI thread, returns at once)."""
        self._timer.stop()
        if not self._pending:
            return
        # A control character (pasted, or saved by an older PactDesk) is dropped here, so an
        # edit of a field that held one stores it without (the draft refuses it otherwise).
        batch = {
            key: without_control_characters(key, getter()) for key, getter in self._pending.items()
        }
        self._pending.clear()
        self._in_flight += 1
        if self._in_flight == 1:
            self.busy_changed.emit(True)
        draft, author = self._draft, self.author
        run_in_background(
            lambda: _save(draft, batch, author),
            on_done=self._on_saved,
            on_error=lambda exc: self._on_failed(exc, batch),
            parent=self,
        )

    def flush_and_wait(self, timeout_ms: int = 10000) -> bool:
        """Flush and block until the worker has written it (closing the window or the draft)."""
        self.flush()
        return wait_for_idle(timeout_ms)

    def _settle(self) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            self.busy_changed.emit(False)

    def _on_saved(self, saved: Saved) -> None:
        self._settle()
        self.last_saved_at = dt.datetime.now()
        self.last_error = None
        self.revision = saved.revision
        self.saved.emit(saved)

    def _on_failed(self, exc: BaseException, batch: dict[str, str]) -> None:
        self._settle()
        for key, value in batch.items():
            # A newer text typed since takes precedence over the one that failed.
            self._pending.setdefault(key, constant(value))
        self.last_error = str(exc) or type(exc).__name__
        self.failed.emit(self.last_error)
        self._timer.start(RETRY_MS)
