"""The Commission's desk: ``pactdesk compile`` of 27 and 54 bundles, against its floor.

Run:  .venv/bin/python bench/bench_compile.py

Set-up (not timed): bundles of full drafts of all 27 Member States of the
2010 cycle, each signed by its own ministry CA, and a January update from
every one of them (``pactdesk.testing.bundles``; kept in
``$PACTDESK_BENCH_BUNDLES``, by default a folder in the temporary directory,
and made there the first time: a minute or two).

Timed, whole processes, interleaved so that each round sees the same load:

* the floor: verifying the 27 November bundles one after another in one
  process (``verify_bundle``, each against its Member State's CA), from
  process start;
* ``pactdesk compile`` of the same 27 (verify in worker processes, then
  comparison.xlsx, overview.pdf, compilation.json), from process start;
* ``pactdesk compile`` of 54: the 27 and their 27 updates.

Bars, in the same run: compile of 27 <= the floor; the compile's largest
process <= 300 MB resident (``resource.getrusage(RUSAGE_CHILDREN)``, taken
after the first child, the compile, ends); 54 bundles <= 2.2 x the time of 27.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

ROUNDS = 3
FLOOR = """
import sys
from pathlib import Path
from pactdesk.services.verify import load_trust_anchors, verify_bundle
trust = Path(sys.argv[1])
for name in sys.argv[2:]:
    path = Path(name)
    report = verify_bundle(path, trust=load_trust_anchors([trust / (path.name[:2] + ".pem")]))
    assert report.valid, (path, report.problems)
"""


def bundles() -> tuple[Path, list[Path], list[Path]]:
    from pactdesk.frameworks import shipped_framework
    from pactdesk.testing.bundles import make_bundles

    folder = Path(
        os.environ.get("PACTDESK_BENCH_BUNDLES")
        or Path(tempfile.gettempdir()) / "pactdesk-bench-bundles-2010"
    )
    codes = [s.code for s in shipped_framework().member_states]
    marker = folder / "complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        made = make_bundles(folder, updates=codes)
        marker.write_text("made by bench/bench_compile.py\n")
        print(f"set-up: {len(made.all)} bundles made in {time.perf_counter() - started:.0f} s")
    novembers = [folder / "bundles" / f"{c}-2010-november.asice" for c in codes]
    updates = [folder / "bundles" / f"{c}-2010-january-update.asice" for c in codes]
    return folder / "trust", novembers, updates


def timed(args: list[str]) -> float:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    started = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"failed: {' '.join(args[:4])} … (exit {done.returncode})")
    return elapsed


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="pactdesk-bench-compile-"))
    os.environ["PACTDESK_HOME"] = str(home)
    trust, novembers, updates = bundles()
    out = home / "out"
    python = sys.executable

    def compile_args(paths: list[Path]) -> list[str]:
        return [
            python,
            "-m",
            "pactdesk",
            "compile",
            *map(str, paths),
            "--trust-dir",
            str(trust),
            "--out",
            str(out),
        ]

    floor_args = [python, "-c", FLOOR, str(trust), *map(str, novembers)]
    # The first child is the compile of 27: RUSAGE_CHILDREN's max RSS is then its own
    # (its forked workers and PDF child included, each counted alone).
    first = timed(compile_args(novembers))
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    floor: list[float] = []
    c27: list[float] = [first]
    c54: list[float] = []
    for _ in range(ROUNDS):
        floor.append(timed(floor_args))
        c27.append(timed(compile_args(novembers)))
        c54.append(timed(compile_args(novembers + updates)))
    f, a, b = (statistics.median(x) for x in (floor, c27[1:], c54))
    print(f"load average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(
        f"verify 27 one after another, one process (floor)  median {f:6.2f} s  "
        f"(runs: {', '.join(f'{x:.2f}' for x in floor)})"
    )
    print(
        f"pactdesk compile, 27 bundles                      median {a:6.2f} s  "
        f"(runs: {', '.join(f'{x:.2f}' for x in c27[1:])}; first {first:.2f})  "
        f"bar <= floor: {'met' if a <= f else 'NOT met'} ({a / f:.2f}x)"
    )
    print(
        f"pactdesk compile, 54 bundles (27 + 27 updates)    median {b:6.2f} s  "
        f"= {b / a:.2f}x of 27  bar <= 2.2x: {'met' if b <= 2.2 * a else 'NOT met'}"
    )
    print(
        f"largest process of the compile: {rss_mb:.0f} MB resident  "
        f"bar <= 300 MB: {'met' if rss_mb <= 300 else 'NOT met'}"
    )
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
