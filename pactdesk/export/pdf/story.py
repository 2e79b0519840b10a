"""The story: the document's flowables in order, and what every part needs to make them.

:class:`Story` holds the report, the styles and the contents entries; the
parts (:func:`pactdesk.export.pdf.cover.cover`,
:func:`pactdesk.export.pdf.content_pages.body`) are functions of it.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from pactdesk.export.pdf.contents import Anchor, ProgressMark, TocEntry
from pactdesk.export.pdf.layout import SignaturePlacement
from pactdesk.export.pdf.report import AnnexReport
from pactdesk.export.pdf.styles import Styles
from pactdesk.export.pdf.text import Para, markup, paragraphs_of


class Story:
    """Builds the flowables of the document, in order."""

    def __init__(self, report: AnnexReport, styles: Styles, toc: list[TocEntry]) -> None:
        self.report = report
        self.framework = report.framework
        self.contribution = report.contribution
        self.s = styles
        self.toc = toc
        self._keys = 0
        commitments = sum(len(a.commitments) for a in self.framework.areas)
        # The parts, the extra sections, the sign-off page, the change report, the
        # technical details.
        self._steps = len(self.framework.areas) + commitments + len(report.extra_sections) + 4
        self._step = 0
        #: Contents entries by the section they open (``political/I``, ``commitment/I.a``),
        #: for pages that refer to them (the change report's "page" column).
        self.sections: dict[str, TocEntry] = {}
        #: Where the submitter's signature box lands (the sign-off page fills it in).
        self.signature_placement = SignaturePlacement()

    # helpers for the parts --------------------------------------------------------------------

    def anchor(self, level: int, title: str, *, section: str = "") -> Anchor:
        self._keys += 1
        entry = TocEntry(level, title, f"k{self._keys}")
        self.toc.append(entry)
        if section:
            self.sections[section] = entry
        return Anchor(entry)

    def progress(self, label: str) -> ProgressMark:
        self._step += 1
        return ProgressMark(0.02 + 0.9 * self._step / self._steps, label)

    def text(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        missing: str | None = None,
        missing_style: ParagraphStyle | None = None,
    ) -> list[Flowable]:
        parts = paragraphs_of(text)
        if not parts:
            if missing is None:
                return []
            return [Para(escape(missing), missing_style or self.s.cell_muted)]
        return [Para(markup(part), style) for part in parts]
