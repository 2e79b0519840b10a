#!/usr/bin/env python3
"""Kill PactDesk at random moments while it saves, imports, merges, exports and bundles.

    .venv/bin/python scripts/crash-harness.py [--trials 100] [--seed N] [--keep DIR]

Prints one line per trial, then the figures per operation; exit 0 when no
trial lost anything, 1 otherwise.  See tests/crash_harness.py for what
each trial checks.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import crash_harness as crash  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()

    def show(trial: crash.Trial) -> None:
        mark = "LOSS " + "; ".join(trial.problems) if trial.problems else "ok"
        print(
            f"{trial.operation:<16} kill at {trial.at:<26}"
            f"{'' if trial.killed else '(had finished) '}{trial.outcome:<12} {mark}",
            flush=True,
        )

    if args.keep:
        report = crash.run(args.keep, trials=args.trials, seed=args.seed, progress=show)
    else:
        with tempfile.TemporaryDirectory(prefix="pactdesk-crash-") as folder:
            report = crash.run(Path(folder), trials=args.trials, seed=args.seed, progress=show)
    print(report.summary())
    return 1 if report.losses else 0


if __name__ == "__main__":
    raise SystemExit(main())
