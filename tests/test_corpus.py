"""The corpus of broken and hostile files (tests/corpus/), one parametrised test per door.

Every case: the exact exit code (2 bad input; ``verify``'s findings 1, as
DESIGN.md says), stderr that starts with ONE line naming the problem and holds
no traceback, the draft byte for byte what it was, and nothing new written
next to it.  The case ids name the faults.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from xlsx_support import run

from pactdesk.frameworks import shipped_framework_bytes
from pactdesk.testing.drafts import create_draft
from pactdesk.testing.samples import full_items
from tests.corpus import Fault, doors


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def refused(
    capsys: pytest.CaptureFixture[str],
    argv: Sequence[str | Path],
    fault: Fault,
    *,
    keep: Sequence[Path] = (),
    watch: Path,
    code: int = 2,
) -> str:
    """Run ``argv``; check the refusal; return the first line of stderr."""
    before = {p: _digest(p) for p in keep}
    files_before = _tree(watch)
    got, out, err = run(capsys, *map(str, argv))
    assert got == code, (got, out, err[:2000])
    assert "Traceback" not in err and "Traceback" not in out, err[:4000]
    lines = err.splitlines()
    assert lines, "nothing on stderr"
    first = lines[0]
    assert first.startswith(f"pactdesk {argv[0]}"), first
    assert any(words in first.lower() for words in fault.says), (fault.says, first)
    for path, digest in before.items():
        assert _digest(path) == digest, f"{path.name} changed"
    assert _tree(watch) == files_before, "a refused file left something behind"
    return first


def _place(fault: Fault, good: bytes, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    fault.make(good, target)
    return target


def _ids(table: dict[str, Fault]) -> list[str]:
    return sorted(table)


# ---------------------------------------------------------------- a draft and its exports
@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("corpus-good")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PACTDESK_HOME", str(folder / "home"))
        draft = create_draft(folder / "good.pactdesk")
        draft.save_many(full_items(draft.framework, words=30), author="test")
        draft.close()
        from pactdesk.cli import main as cli_main

        made = {"draft": draft.path}
        for kind in ("json", "xlsx", "docx"):
            out = folder / f"good.{kind}"
            assert cli_main([f"export-{kind}", str(draft.path), str(out)]) == 0
            made[kind] = out
    return made


def _draft_copy(exports: dict[str, Path], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(exports["draft"], folder / "draft.pactdesk"))


def _import_case(command: str, kind: str, table: dict[str, Fault], case: str, exports, tmp_path, capsys) -> None:
    draft = _draft_copy(exports, tmp_path / "work")
    bad = _place(table[case], exports[kind].read_bytes(), tmp_path / "in", f"{case}.{kind}")
    refused(capsys, [command, draft, bad], table[case], keep=[draft], watch=tmp_path / "work")


@pytest.mark.parametrize("case", _ids(doors.CONTRIBUTION_JSON))
def test_contribution_json_door(case: str, exports, tmp_path: Path, capsys) -> None:
    _import_case("import-json", "json", doors.CONTRIBUTION_JSON, case, exports, tmp_path, capsys)


@pytest.mark.parametrize("case", _ids(doors.WORKBOOK))
def test_workbook_door(case: str, exports, tmp_path: Path, capsys) -> None:
    _import_case("import-xlsx", "xlsx", doors.WORKBOOK, case, exports, tmp_path, capsys)


@pytest.mark.parametrize("case", _ids(doors.WORD))
def test_word_door(case: str, exports, tmp_path: Path, capsys) -> None:
    _import_case("import-docx", "docx", doors.WORD, case, exports, tmp_path, capsys)


# ---------------------------------------------------------------- the draft file itself
@pytest.mark.parametrize("command", ["status", "export-json"])
@pytest.mark.parametrize("case", _ids(doors.DRAFT_FILE))
def test_draft_file_door(case: str, command: str, exports, tmp_path: Path, capsys) -> None:
    fault = doors.DRAFT_FILE[case]
    draft = _place(fault, exports["draft"].read_bytes(), tmp_path / "work", "draft.pactdesk")
    keep = [draft] if draft.is_file() else []
    argv: list[str | Path] = [command, draft]
    if command == "export-json":
        argv.append(tmp_path / "work" / "out.json")
    refused(capsys, argv, fault, keep=keep, watch=tmp_path / "work")


# ---------------------------------------------------------------- framework files
@pytest.mark.parametrize("case", _ids(doors.FRAMEWORK))
def test_framework_file_door(case: str, tmp_path: Path, capsys) -> None:
    fault = doors.FRAMEWORK[case]
    bad = _place(fault, shipped_framework_bytes("pact-2010"), tmp_path / "in", "framework.json")
    (tmp_path / "work").mkdir()
    argv = ["new", tmp_path / "work" / "new.pactdesk", "--member-state", "PL", "--cycle", "2010"]
    refused(capsys, [*argv, "--framework", bad], fault, watch=tmp_path / "work")


# ---------------------------------------------------------------- exchange packages
@pytest.fixture(scope="module")
def exchange(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    from tests.exchange_support import make_exchange

    folder = tmp_path_factory.mktemp("corpus-exchange")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PACTDESK_HOME", str(folder / "home"))
        ex = make_exchange(folder)
        ex.edit(ex.contributor, {"commitment/II.a/actions_undertaken": "Zmieniono."}, "Anna Nowak")
        back = ex.give_back()
    yield {"coordinator": ex.coordinator, "package": ex.package, "back": back}


@pytest.mark.parametrize("action", ["import", "open"])
@pytest.mark.parametrize("case", _ids(doors.EXCHANGE_PACKAGE))
def test_exchange_package_door(case: str, action: str, exchange, tmp_path: Path, capsys) -> None:
    fault = doors.EXCHANGE_PACKAGE[case]
    work = tmp_path / "work"
    work.mkdir()
    if action == "import":
        coordinator = Path(shutil.copy(exchange["coordinator"], work / "coordinator.pactdesk"))
        bad = _place(fault, exchange["back"].read_bytes(), tmp_path / "in", "back.pdx")
        argv: list[str | Path] = ["exchange", "import", coordinator, bad]
        keep = [coordinator]
    else:
        bad = _place(fault, exchange["package"].read_bytes(), tmp_path / "in", "package.pdx")
        argv = ["exchange", "open", bad, work / "contributor.pactdesk"]
        keep = []
    refused(capsys, argv, fault, keep=keep, watch=work)
