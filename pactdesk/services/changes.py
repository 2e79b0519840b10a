"""The change report of an update: what changed, per commitment, since a bundle.

The January update is a new bundle that names the bundle it supersedes and
says what changed since.  :func:`change_report` compares the contribution the
old bundle carried (its ``contribution.json``) with the draft's current
items, field by field, and groups the differences by commitment.  The report
travels as ``changes.json`` (signed, like every file of the bundle) and as a
chapter of the PDF (:meth:`ChangeReport.pdf_section`).

Pure functions; no store access beyond what the caller passes in.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pactdesk.domain.contribution import describe_key, word_count
from pactdesk.domain.framework import Framework

FORMAT = "pactdesk.changes/1"


@dataclass(frozen=True, slots=True)
class FieldChange:
    key: str
    label: str
    change: str  # "added", "removed" or "changed"
    before_words: int
    after_words: int
    rows_added: int = 0
    rows_removed: int = 0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "field": self.label, "change": self.change}
        if self.key.endswith(("/data", "/references")):
            out["rows_added"] = self.rows_added
            out["rows_removed"] = self.rows_removed
        else:
            out["words_before"] = self.before_words
            out["words_after"] = self.after_words
        return out

    def sentence(self) -> str:
        """One sentence, without the section's id (the paragraph starts with it)."""
        label = self.label.split(" — ", 1)[-1]
        if self.key.endswith(("/data", "/references")):
            parts = []
            if self.rows_added:
                parts.append(f"{self.rows_added} added")
            if self.rows_removed:
                parts.append(f"{self.rows_removed} removed")
            return f"{label}: {', '.join(parts) or 'changed'}."
        if self.change == "added":
            return f"{label}: newly answered ({_words(self.after_words)})."
        if self.change == "removed":
            return f"{label}: answer removed (was {_words(self.before_words)})."
        return f"{label}: changed ({self.before_words} → {_words(self.after_words)})."


def _words(count: int) -> str:
    return f"{count} word" if count == 1 else f"{count} words"


@dataclass(frozen=True, slots=True)
class SectionChanges:
    """The changes in one part: a commitment (``I.a``) or the political report of an area."""

    section: str
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class ChangeReport:
    supersedes_sha256: str
    supersedes_revision: int | None
    supersedes_signed_at: str | None
    revision: int
    sections: tuple[SectionChanges, ...]
    unchanged: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.sections)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "supersedes": {
                "sha256": self.supersedes_sha256,
                "revision": self.supersedes_revision,
                "submitted_at": self.supersedes_signed_at,
            },
            "revision": self.revision,
            "changes": [
                {"section": s.section, "fields": [f.to_json() for f in s.fields]}
                for s in self.sections
            ],
            "unchanged": list(self.unchanged),
        }

    def json_bytes(self) -> bytes:
        text = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, indent=2)
        return (text + "\n").encode("utf-8")

    def paragraphs(self) -> tuple[str, ...]:
        head = (
            f"This contribution replaces the bundle with SHA-256 {self.supersedes_sha256}"
            + (
                f", revision {self.supersedes_revision}"
                if self.supersedes_revision is not None
                else ""
            )
            + (
                f", submitted {_when(self.supersedes_signed_at)}"
                if self.supersedes_signed_at
                else ""
            )
            + f". It is revision {self.revision}."
        )
        if not self.sections:
            return (head, "Nothing has changed in the contribution since then.")
        lines = [head]
        changed = len(self.sections)
        lines.append(
            f"{changed} part{'s' if changed != 1 else ''} changed; {len(self.unchanged)} unchanged."
        )
        for section in self.sections:
            lines.append(
                f"{section.section}: " + " ".join(field.sentence() for field in section.fields)
            )
        return tuple(lines)

    def pdf_section(self) -> Any:
        from pactdesk.export.pdf import PdfSection

        return PdfSection(
            title="Changes since the previous submission", paragraphs=self.paragraphs()
        )


def _when(iso: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _section_of(key: str) -> str:
    parts = key.split("/")
    if parts[0] == "political":
        return f"Political report {parts[1]}"
    return parts[1] if len(parts) > 1 else key


def _rows(text: str) -> list[str]:
    if not text.strip():
        return []
    try:
        rows = json.loads(text)
    except ValueError:
        return [text]
    if not isinstance(rows, list):
        return [text]
    return [json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows]


def _field_change(framework: Framework, key: str, before: str, after: str) -> FieldChange | None:
    if before == after:
        return None
    label = describe_key(framework, key)
    if key.endswith(("/data", "/references")):
        old_rows, new_rows = _rows(before), _rows(after)
        if old_rows == new_rows:
            return None
        added = sum(1 for row in new_rows if row not in old_rows)
        removed = sum(1 for row in old_rows if row not in new_rows)
        return FieldChange(key, label, "changed", 0, 0, added, removed)
    if not before.strip() and not after.strip():
        return None
    change = "added" if not before.strip() else "removed" if not after.strip() else "changed"
    return FieldChange(key, label, change, word_count(before), word_count(after))


def change_report(
    framework: Framework,
    *,
    old_items: Mapping[str, str],
    new_items: Mapping[str, str],
    supersedes_sha256: str,
    supersedes_revision: int | None,
    supersedes_signed_at: str | None,
    revision: int,
) -> ChangeReport:
    """What changed from ``old_items`` to ``new_items``, grouped by section in framework order."""
    order: list[str] = [f"Political report {area.id}" for area in framework.areas]
    order += [commitment.id for commitment in framework.commitments()]
    by_section: dict[str, list[FieldChange]] = {}
    for key in sorted(set(old_items) | set(new_items)):
        found = _field_change(framework, key, old_items.get(key, ""), new_items.get(key, ""))
        if found is not None:
            by_section.setdefault(_section_of(key), []).append(found)
    known = [name for name in order if name in by_section]
    extra = sorted(name for name in by_section if name not in order)
    sections = tuple(SectionChanges(name, tuple(by_section[name])) for name in known + extra)
    unchanged = tuple(name for name in order if name not in by_section)
    return ChangeReport(
        supersedes_sha256=supersedes_sha256,
        supersedes_revision=supersedes_revision,
        supersedes_signed_at=supersedes_signed_at,
        revision=revision,
        sections=sections,
        unchanged=unchanged,
    )
