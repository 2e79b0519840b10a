"""Shared by the exchange tests: a coordinator's draft, a contributor's round trip, packages."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    DataPoint,
    answer_key,
    data_key,
    encode_rows,
    political_key,
)
from pactdesk.services import review
from pactdesk.services.drafts import Draft
from pactdesk.services.exchange_package import DOCUMENT, FRAMEWORK, SIGNATURE, write_members
from pactdesk.testing.drafts import create_draft
from tests.helpers import run_cli

BASE_ACTIONS = (
    "The ministry adopted a law on labour migration in 2009. It entered into force in May. "
    "Employers now apply online; the procedure takes thirty days."
)
BASE_PLANNED = "A review of the seasonal work scheme is planned for 2010."
POINT = DataPoint("Work permits", "2009-H1", 1200, "persons", "Labour office", False)


def point(indicator: str, value: int) -> DataPoint:
    return DataPoint(indicator, "2009-H1", value, "persons", "Labour office", False)


@dataclass
class Exchange:
    tmp: Path
    coordinator: Path
    package: Path
    contributor: Path

    def run(self, *args: str | Path, env: dict[str, str] | None = None) -> Any:
        return run_cli(*args, env=env)

    def edit(self, path: Path, changes: dict[str, str], author: str) -> None:
        with Draft.open(path) as draft:
            draft.save_many(changes, author=author)

    def give_back(
        self, name: str = "back.pdx", *extra: str, env: dict[str, str] | None = None
    ) -> Path:
        out = self.tmp / name
        result = run_cli("exchange", "return", self.contributor, "--to", out, *extra, env=env)
        assert result.returncode == 0, result.stderr
        return out


def make_exchange(tmp: Path, *, items: str = "II.a,II.b,P1.II") -> Exchange:
    """A coordinator's draft (II.a, II.b answered), a package of ``items``, the contributor's."""
    coordinator = tmp / "coordinator.pactdesk"
    draft = create_draft(
        coordinator,
        author="Coordinator",
        items={
            answer_key("II.a", ACTIONS): BASE_ACTIONS,
            answer_key("II.a", DEVELOPMENTS): BASE_PLANNED,
            answer_key("II.b", ACTIONS): "Bilateral agreements were signed with Ukraine.",
            data_key("II.a"): encode_rows((POINT,)),
            political_key("II"): "Area II assessment.",
        },
    )
    draft.close()
    assert (
        run_cli(
            "assign", coordinator, "II.a", "II.b", "--to", "Anna Nowak", "--ministry", "Labour"
        ).returncode
        == 0
    )
    package = tmp / "to-labour.pdx"
    result = run_cli("exchange", "export", coordinator, "--items", items, "--to", package)
    assert result.returncode == 0, result.stderr
    contributor = tmp / "labour.pactdesk"
    result = run_cli("exchange", "open", package, contributor)
    assert result.returncode == 0, result.stderr
    return Exchange(tmp, coordinator, package, contributor)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rewrite(
    path: Path, out: Path, change: Callable[[dict[str, Any]], None], *, keep_signature: bool = False
) -> Path:
    """A copy of a package whose document ``change`` edited (its signature kept if asked)."""
    members = members_of(path)
    document = json.loads(members[DOCUMENT])
    change(document)
    parts = [(DOCUMENT, json.dumps(document).encode()), (FRAMEWORK, members[FRAMEWORK])]
    if keep_signature and SIGNATURE in members:
        parts.append((SIGNATURE, members[SIGNATURE]))
    out.write_bytes(write_members(parts))
    return out


def raw_zip(entries: list[tuple[str, bytes]], *, compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else compress
            archive.writestr(info, data)
    return buffer.getvalue()


def _ok_cli(*args: str | Path) -> None:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr


def make_exchange_with_comments(tmp: Path) -> tuple[Exchange, dict[str, int]]:
    """An exchange whose package was made after the coordinator commented on its items.

    Comments (ids returned by name): ``anchored`` on II.a/actions_undertaken 4:12
    ("ministry"), ``to_resolve`` on II.b, ``resolved`` on P1.II, ``elsewhere`` on
    III.a (not in the package).
    """
    base = make_exchange(tmp)
    ids: dict[str, int] = {}
    with Draft.open(base.coordinator) as draft:
        ids["anchored"] = review.add_comment(
            draft, "II.a", "Check the date with the labour office", author="Ewa Head",
            field="II.a/actions_undertaken", span=(4, 12),
        ).id  # fmt: skip
        ids["to_resolve"] = review.add_comment(
            draft, "II.b", "Name the agreements", author="Ewa Head"
        ).id
        done = review.add_comment(draft, "P1.II", "Shorter, please", author="Ewa Head")
        review.resolve_comment(draft, done.id, author="Ewa Head")
        ids["resolved"] = done.id
        ids["elsewhere"] = review.add_comment(
            draft, "III.a", "Not for the labour ministry", author="Ewa Head"
        ).id
    package = tmp / "with-comments.pdx"
    _ok_cli("exchange", "export", base.coordinator, "--items", "II.a,II.b,P1.II", "--to", package)
    contributor = tmp / "anna.pactdesk"
    _ok_cli("exchange", "open", package, contributor)
    return Exchange(tmp, base.coordinator, package, contributor), ids
