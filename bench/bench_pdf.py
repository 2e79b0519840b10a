"""How long the PDF of a full draft takes, in-process.

Prints the median of several runs of ``render_pdf`` for a full draft
(``full_items``: every field with ~400 words) and for a 10× draft, and the
ratio between them.  Bars (issue 4): 1× ≤ 0.8 s; 10× ≤ 12 × the 1× time.

    .venv/bin/python bench/bench_pdf.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

BAR_SECONDS = 0.8
BAR_RATIO = 12.0


def _draft(folder: Path, scale: int):  # type: ignore[no-untyped-def]
    from pactdesk.frameworks import shipped_framework, shipped_framework_bytes
    from pactdesk.services.drafts import Draft
    from pactdesk.testing.samples import full_items

    draft = Draft.create(
        folder / f"full-{scale}.pactdesk",
        framework=shipped_framework("pact-2010"),
        framework_raw=shipped_framework_bytes("pact-2010"),
        member_state="PL",
        cycle=2010,
        language="pl",
        author="bench",
    )
    draft.save_many(full_items(draft.framework, scale=scale), author="bench")
    return draft


def _time(draft, runs: int) -> tuple[float, list[float], int]:  # type: ignore[no-untyped-def]
    from pactdesk.services.pdf_export import render_pdf

    times = []
    data = b""
    for _ in range(runs):
        started = time.perf_counter()
        data = render_pdf(draft)
        times.append(time.perf_counter() - started)
    return statistics.median(times), times, len(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["PACTDESK_HOME"] = str(folder / "home")
        from pactdesk.services.pdf_export import render_pdf

        one = _draft(folder, 1)
        words = sum(len(v.split()) for v in one.items().values())
        render_pdf(one)  # warm-up: fonts registered, DRAFT mark made once per process
        median1, times1, size1 = _time(one, args.runs)
        ten = _draft(folder, 10)
        words10 = sum(len(v.split()) for v in ten.items().values())
        median10, times10, size10 = _time(ten, max(3, args.runs // 2))
        one.close()
        ten.close()
    ratio = median10 / median1
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.platform()}")
    print(f"PDF of a full draft ({words} words): median {median1:.3f} s over {len(times1)} runs "
          f"(min {min(times1):.3f}, max {max(times1):.3f}), {size1 / 1e6:.2f} MB"
          f" — bar ≤ {BAR_SECONDS} s: {'met' if median1 <= BAR_SECONDS else 'NOT MET'}")
    print(f"PDF of a 10× draft ({words10} words): median {median10:.3f} s over {len(times10)} "
          f"runs, {size10 / 1e6:.2f} MB")
    print(f"10× / 1× = {ratio:.1f} — bar ≤ {BAR_RATIO:g}: "
          f"{'met' if ratio <= BAR_RATIO else 'NOT MET'}")
    return 0 if median1 <= BAR_SECONDS and ratio <= BAR_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
