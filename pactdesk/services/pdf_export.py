"""The contribution of a draft as a PDF: render it, or export it to a file.

Threading: runs on the calling thread — the command line's, or the UI's
worker thread (never the GUI thread).  Transactions: reading the draft is
one snapshot (or none: the caller hands its own); :func:`export_pdf` then writes the file atomically
and records the export (one short write transaction in the draft).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from pactdesk import paths
from pactdesk.domain.history import Head
from pactdesk.domain.languages import LANGUAGES
from pactdesk.export.pdf import (
    AnnexReport,
    ChangeReportPages,
    LaidOut,
    PdfSection,
    Signatory,
    Superseded,
    lay_out,
)
from pactdesk.outputs import write_output
from pactdesk.services.drafts import Draft, DraftSnapshot, snapshot_of
from pactdesk.services.jobs import Progress, check

__all__ = ["PdfSection", "export_pdf", "lay_out_pdf", "render_pdf"]


def sending_ministry(member_state: str, state_name: str) -> str:
    """Who sends it when the details name no ministry (the cover's and the workbook's words).

    The ministry named in the profile, when the profile is this Member State's.
    """
    from pactdesk import settings

    profile = settings.load().profile
    if profile.ministry.strip() and profile.member_state in ("", member_state):
        return profile.ministry.strip()
    return f"{state_name}, national contact point"


def render_pdf(
    source: Draft | DraftSnapshot,
    *,
    final: bool = False,
    extra_sections: Sequence[PdfSection] = (),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The contribution as PDF bytes, laid out like the Commission's Annex.

    ``source``: the draft (read now, once) or a snapshot the action has read.

    ``final=False`` prints a visible DRAFT mark on every page; the caller
    passes ``final=True`` only when every required sign-off holds.  Raises
    :class:`pactdesk.services.jobs.Cancelled` as soon as ``cancelled()``
    returns true.
    """
    return lay_out_pdf(
        source, final=final, extra_sections=extra_sections, progress=progress, cancelled=cancelled
    ).data


def lay_out_pdf(
    source: Draft | DraftSnapshot,
    *,
    final: bool = False,
    extra_sections: Sequence[PdfSection] = (),
    sign_offs: Sequence[Signatory] = (),
    submitter: Signatory | None = None,
    content_sha256: str = "",
    supersedes: Superseded | None = None,
    changes: ChangeReportPages | None = None,
    producer: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LaidOut:
    """:func:`render_pdf`, with what a bundle's PDF adds; and where the signature box landed.

    ``sign_offs`` and ``submitter`` make the sign-off page (after the
    contents); ``content_sha256`` (the canonical JSON's digest) and
    ``supersedes`` go on the Technical details page, ``changes`` is the
    update's change report; ``producer`` the PDF's producer when it is not
    PactDesk's and ReportLab's alone (a PDF that pyHanko will sign).
    """
    check(cancelled)
    if progress is not None:
        progress(0.0, "Reading the draft")
    snapshot = snapshot_of(source)
    info = snapshot.info
    state_name = snapshot.framework.member_state_name(info.member_state)
    report = AnnexReport(
        framework=snapshot.framework,
        contribution=snapshot.contribution,
        member_state_name=state_name,
        language_name=LANGUAGES.get(info.language, info.language),
        draft_id=info.draft_id,
        revision=snapshot.head.revision,
        history_head=snapshot.head.hash,
        date=dt.date.today(),
        author=sending_ministry(info.member_state, state_name),
        final=final,
        extra_sections=tuple(extra_sections),
        sign_offs=tuple(sign_offs),
        submitter=submitter,
        content_sha256=content_sha256,
        supersedes=supersedes,
        changes=changes,
        producer=producer,
    )

    def checkpoint(fraction: float, label: str) -> None:
        check(cancelled)
        if progress is not None:
            progress(min(1.0, 0.03 + 0.97 * fraction), label)

    return lay_out(report, fonts_dir=paths.fonts_dir(), checkpoint=checkpoint)


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
    snapshot = draft.snapshot()
    data = render_pdf(snapshot, final=final, progress=progress, cancelled=cancelled)
    check(cancelled)
    write_output(Path(target), data, draft=draft.path, what="PDF")
    return draft.record_export("pdf", str(target), head=snapshot.head)
