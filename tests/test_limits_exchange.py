"""An exchange return as a door: the same limits, in the same words, the draft unchanged."""

from __future__ import annotations

from pathlib import Path

from pactdesk.domain.contribution import ACTIONS, answer_key, data_key, encode_rows
from tests.exchange_support import digest, make_exchange, point
from tests.helpers import run_cli


def _refused(coordinator: Path, back: Path) -> str:
    before = digest(coordinator)
    result = run_cli("exchange", "import", coordinator, back)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert digest(coordinator) == before
    return result.stderr.splitlines()[0]


def test_a_return_with_a_control_character_or_too_many_data_points(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    ex.edit(
        ex.contributor,
        {
            answer_key("II.a", ACTIONS): "Nowa ustawa\x07 o cudzoziemcach.",
            data_key("II.b"): encode_rows(tuple(point("Wizy", i) for i in range(1001))),
        },
        author="Anna Nowak",
    )
    first = _refused(ex.coordinator, ex.give_back())
    assert "cannot be merged: II.a — Main actions undertaken at Member State level: " in first
    assert "it holds the control character U+0007 at character 12" in first
