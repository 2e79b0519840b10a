"""The contribution of a draft as a PDF: render it, or export it to a file.

Threading: runs on the calling thread — the command line's, or the UI's
worker thread (never the GUI thread).  Transactions: reading the draft is
one read of its items; :func:`export_pdf` then writes the file atomically
and records the export (one short write transaction in the draft).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from pactdesk import paths
from pactdesk.domain.history import Head
from pactdesk.domain.languages import LANGUAGES
from pactdesk.export.pdf import AnnexReport, PdfSection, build_pdf
from pactdesk.outputs import write_output
from pactdesk.services.drafts import Draft
from pactdesk.services.jobs import Progress, check

__all__ = ["PdfSection", "export_pdf", "render_pdf"]


def _author(draft: Draft, state_name: str) -> str:
    """The ministry named in the profile, when the profile is this Member State's."""
    from pactdesk import settings

    profile = settings.load().profile
    if profile.ministry.strip() and profile.member_state in ("", draft.info.member_state):
        return profile.ministry.strip()
    return f"{state_name}, national contact point"


def render_pdf(
    draft: Draft,
    *,
    final: bool = False,
    extra_sections: Sequence[PdfSection] = (),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The draft's contribution as PDF bytes, laid out like the Commission's Annex.

    ``final=False`` prints a visible DRAFT mark on every page; the caller
    passes ``final=True`` only when every required sign-off holds.  Raises
    :class:`pactdesk.services.jobs.Cancelled` as soon as ``cancelled()``
    returns true.
    """
    check(cancelled)
    if progress is not None:
        progress(0.0, "Reading the draft")
    contribution = draft.contribution()
    head = draft.head()
    try:
        state_name = draft.framework.member_state(draft.info.member_state).name
    except KeyError:
        state_name = draft.info.member_state
    report = AnnexReport(
        framework=draft.framework,
        contribution=contribution,
        member_state_name=state_name,
        language_name=LANGUAGES.get(draft.info.language, draft.info.language),
        draft_id=draft.info.draft_id,
        revision=head.revision,
        history_head=head.hash,
        date=dt.date.today(),
        author=_author(draft, state_name),
        final=final,
        extra_sections=tuple(extra_sections),
    )

    def checkpoint(fraction: float, label: str) -> None:
        check(cancelled)
        if progress is not None:
            progress(min(1.0, 0.03 + 0.97 * fraction), label)

    return build_pdf(report, fonts_dir=paths.fonts_dir(), checkpoint=checkpoint)


def export_pdf(
    draft: Draft,
    target: Path,
    *,
    final: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Head:
    """Render the PDF and write it to ``target`` atomically; record the export.

    Cancelled or failed, nothing is written and nothing is recorded.
    """
    data = render_pdf(draft, final=final, progress=progress, cancelled=cancelled)
    check(cancelled)
    write_output(Path(target), data, draft=draft.path, what="PDF")
    return draft.record_export("pdf", str(target))
