"""Benchmark: the Excel workbook of a full draft, in-process.

Bars (issue 4): a full draft (every field ~400 words) renders in <= 0.5 s
(median), and a 10x draft in <= 12x that time.  Also prints how long reading
the workbook back (``plan_import``) takes.

    .venv/bin/python bench/bench_xlsx.py [--runs N]

Exit status 1 when a bar is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def median_time(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm up: imports, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pactdesk-bench-") as tmp:
        os.environ["PACTDESK_HOME"] = str(Path(tmp) / "home")
        from pactdesk.frameworks import shipped_framework, shipped_framework_bytes
        from pactdesk.services import workbook
        from pactdesk.services.drafts import Draft
        from pactdesk.testing.samples import full_items

        results: dict[int, tuple[float, float, int]] = {}
        for scale in (1, 10):
            draft = Draft.create(
                Path(tmp) / f"full-{scale}.pactdesk",
                framework=shipped_framework("pact-2010"),
                framework_raw=shipped_framework_bytes("pact-2010"),
                member_state="PL",
                cycle=2010,
                language="pl",
                author="bench",
            )
            with draft:
                items = full_items(draft.framework, scale=scale)
                draft.save_many(items, author="bench")
                chars = sum(len(v) for v in items.values())
                render = median_time(lambda d=draft: workbook.render_xlsx(d), args.runs)
                raw = workbook.render_xlsx(draft)
                read = median_time(
                    lambda d=draft, r=raw: workbook.plan_import(d, r, name="bench.xlsx"), args.runs
                )
                results[scale] = (render, read, chars)
                print(
                    f"XLSX {scale:>2}x draft ({chars / 1000:,.0f}k characters, "
                    f"{len(raw) / 1024:,.0f} KB): render {render:.3f} s, "
                    f"read back (plan_import) {read:.3f} s  (median of {args.runs})"
                )
        one, ten = results[1][0], results[10][0]
        ratio = ten / one
        ok_one = one <= 0.5
        ok_ratio = ratio <= 12
        print(f"bar: full draft <= 0.5 s: {one:.3f} s  {'met' if ok_one else 'MISSED'}")
        print(f"bar: 10x draft <= 12x:     {ratio:.1f}x  {'met' if ok_ratio else 'MISSED'}")
        return 0 if ok_one and ok_ratio else 1


if __name__ == "__main__":
    raise SystemExit(main())
