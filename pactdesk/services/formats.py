"""The one list of export formats, read by the command line and by the export dialog.

Each :class:`ExportFormat` names its export function by module and name;
the module is imported only when an export runs, so ``pactdesk --help`` and
the window's first paint stay fast.  The function is a long job
(:mod:`pactdesk.services.jobs`)::

    def export_x(draft, target, *, progress=None, cancelled=None) -> Head

It renders the format, writes it with :func:`pactdesk.outputs.write_output`
(never over the draft, atomically, one plain sentence when it cannot) and
records the export in the draft.

**Adding a format** takes two files: the module with its export function,
and one entry in :data:`FORMATS` below.  The command line then has
``pactdesk export-<id> DRAFT OUT`` and the export dialog a choice for it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from pactdesk.domain.history import Head
from pactdesk.domain.translatable import QT_TR_NOOP
from pactdesk.services.jobs import Progress

if TYPE_CHECKING:  # the store loads when an export runs, not at start-up
    from pactdesk.services.drafts import Draft

__all__ = ["FORMATS", "ExportFormat", "ExportFunction", "export_format"]


class ExportFunction(Protocol):
    def __call__(
        self,
        draft: Draft,
        target: Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Head: ...


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format: what a person sees, and the function that makes it."""

    # Short id: the command is ``export-<id>``, the dialog's choice is keyed by it.
    id: str
    # The name shown in the dialog ("Excel workbook (XLSX)"); the title, the
    # description and the kind are marked for translation and the window
    # shows them in the user's language.
    title: str
    # The file name's extension, with its dot.
    extension: str
    # One sentence: what this file is for.
    description: str
    # What the command line's help says the command makes.
    help: str
    # ``"module:function"`` of the export function (imported when it runs).
    function: str
    # The kind of file, for the file chooser's filter and messages ("Excel workbook").
    kind: str
    # Said after "Wrote OUT (revision N" on the command line, e.g. ", marked DRAFT".
    note: str = ""
    # The CLI module that registers ``export-<id>`` itself, for options of its own
    # (``export-xlsx --items``); empty: :mod:`pactdesk.cli.export_commands` makes it.
    command_module: str = ""

    @property
    def file_filter(self) -> str:
        return f"{self.kind} (*{self.extension})"

    def load(self) -> ExportFunction:
        module, _, name = self.function.partition(":")
        return cast(ExportFunction, getattr(importlib.import_module(module), name))

    def export(
        self,
        draft: Draft,
        target: Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Head:
        """Make this format of ``draft`` at ``target`` (a long job; see the module doc)."""
        return self.load()(draft, Path(target), progress=progress, cancelled=cancelled)


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        id="pdf",
        title=QT_TR_NOOP("PDF"),
        extension=".pdf",
        description=QT_TR_NOOP(
            "To read, circulate and sign off: laid out like the Commission's Annex, marked DRAFT."
        ),
        help="the contribution as a PDF, laid out like the Commission's Annex",
        function="pactdesk.services.pdf_export:export_pdf",
        kind=QT_TR_NOOP("PDF"),
        note=", marked DRAFT",
    ),
    ExportFormat(
        id="xlsx",
        title=QT_TR_NOOP("Excel workbook (XLSX)"),
        extension=".xlsx",
        description=QT_TR_NOOP(
            "For colleagues without PactDesk: they fill it in and send it back for import."
        ),
        help="the contribution as an Excel workbook a colleague can fill in",
        function="pactdesk.services.workbook:export_xlsx",
        kind=QT_TR_NOOP("Excel workbook"),
        command_module="pactdesk.cli.xlsx_commands",
    ),
    ExportFormat(
        id="docx",
        title=QT_TR_NOOP("Word document (DOCX)"),
        extension=".docx",
        description=QT_TR_NOOP(
            "The Annex as a Word document: to fill in by colleagues who answer in Word, and the "
            "accessible version (real headings, named answer boxes). It imports back."
        ),
        help="the contribution as a Word document in the Annex's layout",
        function="pactdesk.services.word:export_docx",
        kind=QT_TR_NOOP("Word document"),
        command_module="pactdesk.cli.docx_commands",
    ),
    ExportFormat(
        id="json",
        title=QT_TR_NOOP("JSON"),
        extension=".json",
        description=QT_TR_NOOP("The contribution as pactdesk.contribution/1, for other programs."),
        help="the contribution as pactdesk.contribution/1",
        function="pactdesk.services.interchange:export_json",
        kind=QT_TR_NOOP("JSON file"),
    ),
)


def export_format(format_id: str) -> ExportFormat:
    """The format with this id (``KeyError`` if there is none)."""
    for fmt in FORMATS:
        if fmt.id == format_id:
            return fmt
    raise KeyError(format_id)
