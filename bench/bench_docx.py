"""Benchmark: the Word document of a full draft, out and back in, in-process.

Bars (issue 15): export-docx of a full draft (every field ~400 words) <= 0.5 s
and import-docx of it into a fresh draft <= 0.5 s (medians); a 10x draft in
<= 12x those times.  Printed beside floors measured in the same run:
python-docx writing an empty document, and LibreOffice (headless) converting
the same document docx -> docx (when soffice is installed).

    .venv/bin/python bench/bench_docx.py [--runs N]

Exit status 1 when a bar is missed.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def median_time(fn: Callable[[], object], runs: int, *, warm: bool = True) -> float:
    if warm:
        fn()  # warm up: imports, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def libreoffice_floor(document: Path, tmp: Path) -> float | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    profile = tmp / "lo-profile"
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
               str(tmp / "lo"), str(document)]  # fmt: skip
    subprocess.run(command, capture_output=True, check=True, timeout=300)  # profile, warm
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, timeout=300)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pactdesk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        os.environ["PACTDESK_HOME"] = str(tmp / "home")
        import docx

        from pactdesk.frameworks import shipped_framework
        from pactdesk.services import word
        from pactdesk.testing.drafts import create_draft
        from pactdesk.testing.samples import full_items

        def empty_document() -> bytes:
            out = io.BytesIO()
            docx.Document().save(out)
            return out.getvalue()

        floor_empty = median_time(empty_document, args.runs)
        print(f"floor: python-docx writes an empty document: {floor_empty:.3f} s")

        results: dict[int, tuple[float, float]] = {}
        for scale in (1, 10):
            items = full_items(shipped_framework("pact-2010"), scale=scale)
            chars = sum(len(v) for v in items.values())
            target = tmp / f"full-{scale}.docx"
            with create_draft(tmp / f"full-{scale}.pactdesk", items=items) as draft:
                export = median_time(lambda d=draft, t=target: word.export_docx(d, t), args.runs)
            raw = target.read_bytes()
            fresh = [
                create_draft(tmp / f"fresh-{scale}-{n}.pactdesk") for n in range(args.runs + 1)
            ]
            queue = list(fresh)

            def import_once(r: bytes = raw, queue: list = queue) -> None:
                into = queue.pop()
                plan = word.plan_import(into, r, name="bench.docx")
                assert len(plan.plan.changes) > 100
                word.apply_import(into, plan, author="bench")

            imported = median_time(import_once, args.runs)
            for d in fresh:
                d.close()
            results[scale] = (export, imported)
            print(
                f"DOCX {scale:>2}x draft ({chars / 1000:,.0f}k characters, "
                f"{len(raw) / 1024:,.0f} KB): export {export:.3f} s, import into a fresh "
                f"draft {imported:.3f} s  (median of {args.runs})"
            )
            if scale == 1:
                floor_lo = libreoffice_floor(target, tmp)
                if floor_lo is not None:
                    print(f"floor: LibreOffice converts the same document docx -> docx: "
                          f"{floor_lo:.3f} s (one run, profile warm)")  # fmt: skip
        bars = [
            ("full draft export <= 0.5 s", results[1][0], results[1][0] <= 0.5, "s"),
            ("full draft import <= 0.5 s", results[1][1], results[1][1] <= 0.5, "s"),
            ("10x export <= 12x", results[10][0] / results[1][0],
             results[10][0] / results[1][0] <= 12, "x"),
            ("10x import <= 12x", results[10][1] / results[1][1],
             results[10][1] / results[1][1] <= 12, "x"),
        ]  # fmt: skip
        for name, value, ok, unit in bars:
            shown = f"{value:.3f} s" if unit == "s" else f"{value:.1f}x"
            print(f"bar: {name + ':':<28} {shown}  {'met' if ok else 'MISSED'}")
        return 0 if all(ok for _, _, ok, _ in bars) else 1


if __name__ == "__main__":
    raise SystemExit(main())
