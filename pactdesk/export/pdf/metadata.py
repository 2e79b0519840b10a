"""The PDF's metadata: the document information dictionary (title, author, subject …)."""

from __future__ import annotations

from pactdesk.export.pdf.report import AnnexReport

CREATOR = "PactDesk"


def document_info(report: AnnexReport) -> dict[str, str]:
    """The document information of ``report``, as reportlab's document template takes it."""
    state = report.member_state_name
    cycle = report.contribution.cycle
    return {
        "title": f"{state} — contribution on the European Pact on Immigration and Asylum, {cycle}",
        "author": report.author,
        "subject": f"{report.framework.title} ({report.framework.source}): "
        f"{state}, {cycle} cycle, revision {report.revision}"
        + ("" if report.final else " — DRAFT"),
        "creator": CREATOR,
        "keywords": f"European Pact on Immigration and Asylum, "
        f"{report.contribution.member_state}, {cycle}",
        "lang": report.contribution.language,
    }
