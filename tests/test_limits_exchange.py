"""An exchange return as a door: the same limits, in the same words, the draft unchanged."""

from __future__ import annotations

import os
from pathlib import Path

from pactdesk.domain.contribution import ACTIONS, answer_key, data_key, encode_rows
from tests.exchange_support import digest, make_exchange, point
from tests.helpers import run_cli


def _refused(coordinator: Path, back: Path) -> list[str]:
    before = digest(coordinator)
    result = run_cli("exchange", "import", coordinator, back)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert digest(coordinator) == before
    return result.stderr.splitlines()


def test_a_return_with_too_long_a_field_or_too_many_data_points(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    ex.edit(
        ex.contributor,
        {
            answer_key("II.a", ACTIONS): os.urandom(580_000).hex(),  # 1,160,000 characters
            data_key("II.b"): encode_rows(tuple(point("Wizy", i) for i in range(1001))),
        },
        author="Anna Nowak",
    )
    lines = _refused(ex.coordinator, ex.give_back())
    first = lines[0]
    assert "cannot be merged: II.a — Main actions undertaken at Member State level: " in first
    assert "it is 1,160,000 characters long, more than a field can hold (1,000,000)" in first
    assert any("II.b — data points, it has 1,001 data points" in line for line in lines[1:]), lines
