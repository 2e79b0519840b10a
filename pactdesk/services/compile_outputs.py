"""Write a compilation's outputs: ``comparison.xlsx``, ``overview.pdf``, ``compilation.json``.

All three are made in full first, each into a temporary file beside its
final name; only when all are made are they renamed over their names
(``os.replace``), so a failure or a cancel leaves no half-written output.
``compilation.json`` follows ``pactdesk/schemas/compilation.schema.json``.

Where the calling process may fork (Linux, a single thread: the command
line), the PDF is laid out in a forked child while this process writes the
workbook: the two cost about the same, and the desk's machine has more than
one core.  Elsewhere (the window's worker thread) one after the other.

Runs on the calling thread (the command line's, or the window's worker).
"""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from pactdesk.services.compile import Compilation
from pactdesk.services.jobs import Cancelled, Progress, check

OUTPUT_NAMES = ("comparison.xlsx", "overview.pdf", "compilation.json")


def compilation_json(compilation: Compilation) -> bytes:
    text = json.dumps(compilation.to_json(), ensure_ascii=False, indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")


def _temporary(target: Path) -> Path:
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    return Path(name)


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _pdf_bytes(compilation: Compilation, checkpoint: Callable[[float, str], None] | None) -> bytes:
    from pactdesk import paths
    from pactdesk.export.comparison_pdf import build_overview_pdf

    return build_overview_pdf(compilation, fonts_dir=paths.fonts_dir(), checkpoint=checkpoint)


def prepare() -> None:
    """Load the workbook and PDF writers and the PDF's fonts (~0.15 s), ahead of the outputs."""
    from pactdesk import paths
    from pactdesk.export import comparison_pdf, comparison_xlsx  # noqa: F401 - loading them
    from pactdesk.export.pdf import register_fonts

    register_fonts(paths.fonts_dir())


def _can_fork() -> bool:
    return sys.platform.startswith("linux") and threading.active_count() == 1


def write_outputs(
    compilation: Compilation,
    out_dir: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    parallel: bool = True,
) -> list[Path]:
    """Make the three outputs and put them into ``out_dir`` (made if missing)."""
    from pactdesk.export.comparison_xlsx import build_comparison_workbook

    def step(fraction: float, message: str) -> None:
        check(cancelled)
        if progress is not None:
            progress(fraction, message)

    out_dir.mkdir(parents=True, exist_ok=True)
    targets = [out_dir / name for name in OUTPUT_NAMES]
    parts = [_temporary(target) for target in targets]
    child = 0
    try:
        step(0.0, "Writing the workbook and the PDF overview")
        if parallel and _can_fork():
            gc.freeze()  # the compilation lives until the end: see compile._executor
            child = os.fork()
            if child == 0:  # the child: lay out the PDF, write it, leave at once
                code = 1
                try:
                    _write_synced(parts[1], _pdf_bytes(compilation, None))
                    code = 0
                finally:
                    os._exit(code)
        _write_synced(parts[0], build_comparison_workbook(compilation))
        _write_synced(parts[2], compilation_json(compilation))
        if child:
            step(0.5, "Writing the PDF overview")
            _pid, status = os.waitpid(child, 0)
            child = 0
            if os.waitstatus_to_exitcode(status) != 0:
                raise RuntimeError("The PDF overview could not be made.")
        else:
            _write_synced(parts[1], _pdf_bytes(compilation, lambda f, m: step(0.4 + 0.5 * f, m)))
        step(0.95, "Writing the files")
        for part, target in zip(parts, targets, strict=True):
            os.replace(part, target)
    except BaseException:
        if child:
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
        for part in parts:
            part.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(1.0, "Done")
    return targets


__all__ = ["OUTPUT_NAMES", "Cancelled", "compilation_json", "prepare", "write_outputs"]
