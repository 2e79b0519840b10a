"""The change report of an update: what changed since the bundle it replaces, old and new.

The January update is a new bundle that names the bundle it supersedes and
says what changed since.  :func:`change_report` compares the contribution the
old bundle carried (its ``contribution.json``) with the draft's current
items, field by field, and groups the differences by section (a commitment,
an area's political assessment, the contribution's details).  Each changed
field carries its old and its new text.  The report travels

* as ``changes.json`` (``pactdesk.changes/1``, schema in
  ``pactdesk/schemas/changes.schema.json``; signed, like every file of the
  bundle): per field the old and the new text, plainly;
* as a chapter of the PDF (:meth:`ChangeReport.pdf_pages`): a summary table
  (what changed, where, page) and every changed text marked word by word
  with the one word diff there is, :func:`pactdesk.domain.merge.word_diff`.

Pure functions; no store access beyond what the caller passes in.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pactdesk.domain.contribution import DETAIL_LABELS, word_count
from pactdesk.domain.framework import Framework

if TYPE_CHECKING:
    from pactdesk.export.pdf import ChangeReportPages, Superseded

FORMAT = "pactdesk.changes/1"
DETAILS_SECTION = "Contribution details"


@dataclass(frozen=True, slots=True)
class FieldChange:
    key: str
    #: Where the field is ("I.a", "Political report, area II") and its own name
    #: ("Main actions undertaken …", "Assessment"): each said once.
    where: str
    field: str
    change: str  # "added", "removed" or "changed"
    before: str
    after: str
    rows_added: int = 0
    rows_removed: int = 0

    @property
    def is_rows(self) -> bool:
        return self.key.endswith(("/data", "/references"))

    @property
    def label(self) -> str:
        return f"{self.where} — {self.field}"

    @property
    def before_words(self) -> int:
        return 0 if self.is_rows else word_count(self.before)

    @property
    def after_words(self) -> int:
        return 0 if self.is_rows else word_count(self.after)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "key": self.key,
            "where": self.where,
            "field": self.field,
            "change": self.change,
            "before": self.before,
            "after": self.after,
        }
        if self.is_rows:
            out["rows_added"] = self.rows_added
            out["rows_removed"] = self.rows_removed
        else:
            out["words_before"] = self.before_words
            out["words_after"] = self.after_words
        return out

    def summary(self) -> str:
        """How much changed, in words: "2 rows added, 1 removed", "was 120 words, now 95"."""
        if self.is_rows:
            parts = []
            if self.rows_added:
                parts.append(f"{_count(self.rows_added, 'row')} added")
            if self.rows_removed:
                parts.append(f"{_count(self.rows_removed, 'row')} removed")
            return ", ".join(parts) or "rows changed"
        if self.change == "added":
            return f"newly answered ({_count(self.after_words, 'word')})"
        if self.change == "removed":
            return f"answer removed (was {_count(self.before_words, 'word')})"
        return f"{self.before_words} → {_count(self.after_words, 'word')}"

    def runs(self) -> tuple[tuple[str, str], ...]:
        """The old text turned into the new one, word by word (empty for rows)."""
        if self.is_rows:
            return ()
        from pactdesk.domain.merge import word_diff

        return tuple(word_diff(self.before, self.after))


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass(frozen=True, slots=True)
class SectionChanges:
    """The changes in one part: a commitment (``I.a``), an area's political report, the details."""

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

    def submitted_at(self) -> dt.datetime | None:
        if not self.supersedes_signed_at:
            return None
        try:
            return dt.datetime.fromisoformat(self.supersedes_signed_at)
        except ValueError:
            return None

    def superseded(self) -> Superseded:
        """The replaced submission, as the PDF's cover and Technical details page name it."""
        from pactdesk.export.pdf import Superseded

        return Superseded(
            sha256=self.supersedes_sha256,
            submitted_at=self.submitted_at(),
            revision=self.supersedes_revision,
        )

    def paragraphs(self, language: str = "en") -> tuple[str, ...]:
        """The report's introduction, in sentences (the PDF's first paragraphs)."""
        from pactdesk.export.pdf.dates import format_moment

        when = self.submitted_at()
        head = "This update replaces the submission" + (
            f" of {format_moment(when, language)}" if when is not None else ""
        )
        if self.supersedes_revision is not None:
            head += f" (revision {self.supersedes_revision})"
        head += f". It is revision {self.revision}."
        if not self.sections:
            return (head, "Nothing has changed in the contribution since then.")
        fields = sum(len(s.fields) for s in self.sections)
        return (
            head,
            f"{_count(fields, 'field')} changed in {_count(len(self.sections), 'part')}; "
            f"{len(self.unchanged)} unchanged. The table says what changed and where; the "
            "changed texts follow, before and after.",
        )

    def pdf_pages(self, language: str) -> ChangeReportPages:
        """The chapter of the PDF: introduction, then every changed field with its marked text."""
        from pactdesk.export.pdf import ChangedField, ChangeReportPages
        from pactdesk.export.pdf.dates import format_day

        when = self.submitted_at()
        title = (
            f"Changes since the submission of {format_day(when.date(), language)}"
            if when is not None
            else "Changes since the previous submission"
        )
        fields = tuple(
            ChangedField(
                where=field.where,
                field=field.field,
                change=field.change,
                summary=field.summary(),
                runs=field.runs(),
                section_key=_page_key(field.key),
            )
            for section in self.sections
            for field in section.fields
        )
        return ChangeReportPages(title, self.paragraphs(language), fields)


def _page_key(key: str) -> str:
    """The section of the PDF a field is printed in (its contents entry)."""
    parts = key.split("/")
    if parts[0] == "political" and len(parts) == 2:
        return key
    if parts[0] == "commitment" and len(parts) >= 2:
        return f"commitment/{parts[1]}"
    return ""


def _section_of(key: str) -> str:
    parts = key.split("/")
    if parts[0] == "political":
        return f"Political report {parts[1]}"
    if parts[0] == "details":
        return DETAILS_SECTION
    return parts[1] if len(parts) > 1 else key


def _where_and_field(framework: Framework, key: str) -> tuple[str, str]:
    """Where a field is, and its own name, without repeating one in the other."""
    parts = key.split("/")
    if parts[0] == "political" and len(parts) == 2:
        return f"Political report, area {parts[1]}", "Assessment"
    if parts[0] == "details" and len(parts) == 2:
        return DETAILS_SECTION, DETAIL_LABELS.get(parts[1], parts[1]).capitalize()
    if parts[0] == "commitment" and len(parts) >= 3:
        cid, what = parts[1], parts[2]
        if what == "actions_undertaken":
            return cid, framework.column_actions
        if what == "developments_planned":
            return cid, framework.column_developments
        if what == "prompt" and len(parts) == 4:
            return cid, f"Request of the Annex “{_prompt_opening(framework, cid, parts[3])}”"
        if what == "data":
            return cid, "Data points"
        if what == "references":
            return cid, "References"
    return key, key


def _prompt_opening(framework: Framework, commitment_id: str, prompt_id: str) -> str:
    """The first words of a request, to name it (its id repeats the commitment's)."""
    text = ""
    if framework.has_commitment(commitment_id):
        for prompt in framework.commitment(commitment_id).prompts:
            if prompt.id == prompt_id:
                text = prompt.text
    words = text.split()
    if not words:
        return prompt_id.removeprefix(f"{commitment_id}.")
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")


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
    where, name = _where_and_field(framework, key)
    if key.endswith(("/data", "/references")):
        old_rows, new_rows = _rows(before), _rows(after)
        if old_rows == new_rows:
            return None
        added = sum(1 for row in new_rows if row not in old_rows)
        removed = sum(1 for row in old_rows if row not in new_rows)
        return FieldChange(key, where, name, "changed", before, after, added, removed)
    if not before.strip() and not after.strip():
        return None
    change = "added" if not before.strip() else "removed" if not after.strip() else "changed"
    return FieldChange(key, where, name, change, before, after)


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
    order: list[str] = [DETAILS_SECTION]
    order += [f"Political report {area.id}" for area in framework.areas]
    order += [commitment.id for commitment in framework.commitments()]
    by_section: dict[str, list[FieldChange]] = {}
    for key in sorted(set(old_items) | set(new_items)):
        found = _field_change(framework, key, old_items.get(key, ""), new_items.get(key, ""))
        if found is not None:
            by_section.setdefault(_section_of(key), []).append(found)
    known = [name for name in order if name in by_section]
    extra = sorted(name for name in by_section if name not in order)
    sections = tuple(SectionChanges(name, tuple(by_section[name])) for name in known + extra)
    unchanged = tuple(name for name in order[1:] if name not in by_section)
    return ChangeReport(
        supersedes_sha256=supersedes_sha256,
        supersedes_revision=supersedes_revision,
        supersedes_signed_at=supersedes_signed_at,
        revision=revision,
        sections=sections,
        unchanged=unchanged,
    )
