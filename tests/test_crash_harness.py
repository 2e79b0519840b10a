"""The crash harness, short: 16 kills across saving, imports, the merge, exports and bundles.

The full run is ``scripts/crash-harness.py`` (100 trials; figures in the README).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pactdesk.testing import crash


@pytest.mark.timeout(600)
def test_sixteen_kills_lose_nothing(tmp_path: Path) -> None:
    report = crash.run(tmp_path, trials=2 * len(crash.OPERATIONS))
    assert report.losses == [], report.summary()
    assert {t.operation for t in report.trials} == set(crash.OPERATIONS)
    assert sum(t.killed for t in report.trials) >= len(crash.OPERATIONS), report.summary()
