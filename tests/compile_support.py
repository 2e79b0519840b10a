"""The 2010 cycle's bundles for the desk's tests: made once per test session.

``pactdesk.testing.bundles`` makes 27 Member States' bundles, three January
updates and three bundles the desk must reject (~25 s on two cores); every
test module that asks gets the same folder, under the session's base
temporary directory.  Tests copy a bundle before changing it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from pactdesk.testing.bundles import BundleSet, make_bundles

_made: dict[Path, BundleSet] = {}


def session_bundles(factory: pytest.TempPathFactory) -> BundleSet:
    folder = factory.getbasetemp() / "bundles-2010"
    if folder not in _made:
        started = time.perf_counter()
        _made[folder] = make_bundles(folder, hostile=True)
        print(
            f"\n[bundles-2010: {len(_made[folder].all)} bundles in "
            f"{time.perf_counter() - started:.1f} s]"
        )
    return _made[folder]
