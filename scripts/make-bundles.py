#!/usr/bin/env python3
"""Make the 2010 cycle's bundles for all 27 Member States (and updates) into a folder.

    .venv/bin/python scripts/make-bundles.py OUT [--updates BG,PL,SE] [--hostile]

OUT/bundles gets the bundles, OUT/trust each ministry's CA as XX.pem (for
``pactdesk compile OUT/bundles --trust-dir OUT/trust --out …``).  See
pactdesk/testing/bundles.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pactdesk.testing.bundles import DEFAULT_UPDATES, make_bundles  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--updates",
        default=",".join(DEFAULT_UPDATES),
        help="Member States that send a January update ('all' for every one)",
    )
    parser.add_argument(
        "--hostile",
        action="store_true",
        help="add a tampered bundle, one by an untrusted CA, one from the wrong country",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    updates = None if args.updates == "all" else [u for u in args.updates.split(",") if u]
    if updates is None:
        from pactdesk.frameworks import shipped_framework

        updates = [s.code for s in shipped_framework().member_states]
    made = make_bundles(args.out, updates=updates, hostile=args.hostile)
    print(
        f"{len(made.all)} bundles in {made.folder / 'bundles'} "
        f"({time.perf_counter() - started:.1f} s); trust: {made.trust_dir}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
