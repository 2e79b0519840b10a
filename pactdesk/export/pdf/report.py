"""What the contribution PDF shows: the report the service gathers from one draft."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pactdesk.domain.contribution import Contribution
from pactdesk.domain.framework import Framework


@dataclass(frozen=True, slots=True)
class PdfSection:
    """An extra chapter printed after Part II (e.g. the bundle's change report)."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AnnexReport:
    """Everything the PDF shows, gathered by the service from one draft."""

    framework: Framework
    contribution: Contribution
    member_state_name: str
    language_name: str
    draft_id: str
    revision: int
    history_head: str
    date: dt.date
    author: str
    final: bool = False
    extra_sections: tuple[PdfSection, ...] = field(default_factory=tuple)
