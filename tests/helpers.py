"""Small helpers shared by tests: run the CLI in a subprocess, compare contributions."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

REPO = Path(__file__).resolve().parents[1]

#: In the text of the internal comments the comment tests write: it belongs in the draft
#: (and an exchange package), never in a log, an export or a temporary file
#: (tests/conftest.py's session check, tests/test_review_internal.py).
COMMENT_MARKER = "ZQX-INTERNAL-7f3a91"


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``python -m pactdesk ARGS`` as a separate process, as a script would run it."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "pactdesk", *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def _normalise_number(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return float(value)
    return value


def same_contribution(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Differences between two pactdesk.contribution/1 documents in DESIGN.md's sense.

    The same answers, prompt answers, data points (numbers compared as
    numbers) and references, item by item; revisions and timestamps aside,
    and the rows' ids too (bookkeeping for the merge, not content: a workbook
    does not carry them; ``tests/test_row_ids.py`` checks where they are kept).
    """
    differences: list[str] = []
    for key in ("member_state", "cycle", "language"):
        if a[key] != b[key]:
            differences.append(f"{key}: {a[key]!r} != {b[key]!r}")
    pa = {e["area"]: e["assessment"] for e in a["political_report"]}
    pb = {e["area"]: e["assessment"] for e in b["political_report"]}
    if pa != pb:
        differences.append("political_report differs")
    ca = {c["id"]: c for c in a["commitments"]}
    cb = {c["id"]: c for c in b["commitments"]}
    if set(ca) != set(cb):
        differences.append(f"commitment ids differ: {sorted(set(ca) ^ set(cb))}")
    for cid in sorted(set(ca) & set(cb)):
        x, y = ca[cid], cb[cid]
        for column in ("actions_undertaken", "developments_planned"):
            if x.get(column, "") != y.get(column, ""):
                differences.append(f"{cid}.{column} differs")
        px = {p["id"]: p["answer"] for p in x.get("prompts", [])}
        py = {p["id"]: p["answer"] for p in y.get("prompts", [])}
        if px != py:
            differences.append(f"{cid}.prompts differ")
        dx = [
            {k: _normalise_number(v) for k, v in d.items() if k != "id"} for d in x.get("data", [])
        ]
        dy = [
            {k: _normalise_number(v) for k, v in d.items() if k != "id"} for d in y.get("data", [])
        ]
        if dx != dy:
            differences.append(f"{cid}.data differ")
        rx = [{k: v for k, v in r.items() if k != "id"} for r in x.get("references", [])]
        ry = [{k: v for k, v in r.items() if k != "id"} for r in y.get("references", [])]
        if rx != ry:
            differences.append(f"{cid}.references differ")
    return differences


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


#: PEM headers of private keys in clear.  Spelt in two parts so that this file
#: is not itself mistaken for a committed key by a scan of the repository.
CLEAR_KEY_MARKERS = tuple(
    b"BEGIN " + kind + b"PRIVATE KEY" for kind in (b"", b"RSA ", b"EC ", b"OPENSSH ")
)


def openssl_cms_verify(
    signature: str | Path,
    content: str | Path,
    ca: str | Path,
    *,
    cwd: Path,
    signer_out: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """``openssl cms -verify`` of a detached DER signature, as a recipient would run it.

    Paths may be relative to ``cwd``.  ``signer_out`` receives the signer's
    certificate (``-signer``).
    """
    command = [
        "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-purpose", "any",
        "-in", str(signature), "-content", str(content), "-CAfile", str(ca),
        "-out", "/dev/null",
    ]  # fmt: skip
    if signer_out is not None:
        command += ["-signer", str(signer_out)]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True)


@contextlib.contextmanager
def as_an_older_pactdesk_saved() -> Iterator[None]:
    """Saves within it store texts as PactDesk before the control-character check did.

    A draft made then may hold a control character (pasted into an answer);
    the tests of what PactDesk does with such a draft make one this way.
    """
    from pactdesk.services.drafts import Draft

    with mock.patch.object(Draft, "_check_text", lambda _self, _changes: None):
        yield
