"""Write a compilation's outputs: ``comparison.xlsx``, ``overview.pdf``, ``compilation.json``.

All three are made in memory first; only then is each written beside its
final name and renamed over it (:func:`pactdesk.fileio.write_atomic`), so a
failure or a cancel leaves no half-written file.  ``compilation.json``
follows ``pactdesk/schemas/compilation.schema.json``.

Runs on the calling thread (the command line's, or the window's worker).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from pactdesk.services.compile import Compilation
from pactdesk.services.jobs import Progress, check

OUTPUT_NAMES = ("comparison.xlsx", "overview.pdf", "compilation.json")


def compilation_json(compilation: Compilation) -> bytes:
    text = json.dumps(compilation.to_json(), ensure_ascii=False, indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")


def write_outputs(
    compilation: Compilation,
    out_dir: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Make the three outputs and write them into ``out_dir`` (made if missing)."""
    from pactdesk import paths
    from pactdesk.export.comparison_pdf import build_overview_pdf
    from pactdesk.export.comparison_xlsx import build_comparison_workbook
    from pactdesk.fileio import write_atomic

    def step(fraction: float, message: str) -> None:
        check(cancelled)
        if progress is not None:
            progress(fraction, message)

    step(0.0, "Writing the workbook")
    workbook = build_comparison_workbook(compilation)
    step(0.4, "Writing the PDF overview")
    pdf = build_overview_pdf(
        compilation,
        fonts_dir=paths.fonts_dir(),
        checkpoint=lambda f, m: step(0.4 + 0.5 * f, m),
    )
    step(0.95, "Writing the files")
    made = []
    for name, data in zip(
        OUTPUT_NAMES, (workbook, pdf, compilation_json(compilation)), strict=True
    ):
        target = out_dir / name
        write_atomic(target, data)
        made.append(target)
    step(1.0, "Done")
    return made
