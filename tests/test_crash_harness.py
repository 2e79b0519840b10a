"""The crash harness, short: 24 kills across saving, imports, the merge, exports and bundles.

Three rounds of one kill per operation, so that each kind of kill (at a
moment over the whole operation, in its last quarter, at a write point)
meets every operation.  The full run is ``scripts/crash-harness.py``
(100 trials; figures in the README).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import crash_harness as crash


@pytest.mark.timeout(600)
def test_24_kills_lose_nothing(tmp_path: Path) -> None:
    report = crash.run(tmp_path, trials=3 * len(crash.OPERATIONS))
    assert report.losses == [], report.summary()
    assert {t.operation for t in report.trials} == set(crash.OPERATIONS)
    assert sum(t.killed for t in report.trials) >= len(crash.OPERATIONS), report.summary()
    # The exports and the bundle were killed at a write point of theirs.
    at_write = {t.operation for t in report.trials if t.at.startswith("write point")}
    assert {"export-json", "export-xlsx", "export-pdf", "bundle"} <= at_write, report.summary()
