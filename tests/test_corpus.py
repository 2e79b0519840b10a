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


def _import_case(
    command: str, kind: str, table: dict[str, Fault], case: str, exports, tmp_path, capsys
) -> None:
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


#: A package for a new contributor's draft may come from any draft: only a return is tied to one.
_ONLY_RETURNS = {"foreign-draft-id"}


@pytest.mark.parametrize(
    ("case", "action"),
    [(case, "import") for case in _ids(doors.EXCHANGE_PACKAGE)]
    + [(case, "open") for case in _ids(doors.EXCHANGE_PACKAGE) if case not in _ONLY_RETURNS],
)
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


# ---------------------------------------------------------------- sign-off requests and answers
@pytest.fixture(scope="module")
def sign_off(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path | bytes]:
    """A request, its signed answer, and drafts it does not fit (another, a newer revision)."""
    from pactdesk.services import sign_off_requests
    from pactdesk.signing import authority, identities
    from tests.signing_support import CA_PASSPHRASE, make_ca
    from tests.test_signing_request import ACTIONS, _sign_remotely, tiny_pdf

    folder = tmp_path_factory.mktemp("corpus-sign-off")
    coordinator, remote = folder / "coordinator", folder / "remote"
    with pytest.MonkeyPatch.context() as mp:

        def at(home: Path) -> None:
            mp.setenv("PACTDESK_HOME", str(home))

        at(remote)
        identity, csr = identities.create_identity(
            name="Γιώργος Παπαδόπουλος", organisation="Υπουργείο", email="g@ypes.example.gr",
            passphrase="remote passphrase",
        )  # fmt: skip
        at(coordinator)
        ca = make_ca()
        cert = authority.issue(csr, ca_passphrase=CA_PASSPHRASE)
        at(remote)
        identities.install_certificate(authority.certificate_file(cert, [ca.certificate]))
        at(coordinator)
        draft = create_draft(folder / "draft.pactdesk")
        draft.save(ACTIONS, "pierwsza wersja", author="t")
        request = sign_off_requests.export_request(draft, made_by="Coordinator", pdf=tiny_pdf())
        answer = _sign_remotely(at, remote, request, identity.id, "approver")
        at(coordinator)
        draft.close()
        newer = Path(shutil.copy(draft.path, folder / "newer.pactdesk"))
        with create_draft(folder / "other.pactdesk") as other:
            other.save(ACTIONS, "tekst", author="t")
        from pactdesk.services.drafts import Draft

        with Draft.open(newer) as opened:
            opened.save(ACTIONS, "druga wersja", author="t")
    return {
        "draft": draft.path, "newer": newer, "other": folder / "other.pactdesk",
        "request": request, "answer": answer, "home": coordinator,
    }  # fmt: skip


def _answer_cases() -> list[str]:
    return _ids(doors.SIGN_OFF_ANSWER) + list(doors.SIGN_OFF_ANSWER_IDS)


@pytest.mark.parametrize("case", _answer_cases())
def test_sign_off_answer_door(case: str, sign_off, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("PACTDESK_HOME", str(sign_off["home"]))
    work = tmp_path / "work"
    source = {"another-draft": "other", "older-revision": "newer"}.get(case, "draft")
    draft = Path(shutil.copy(sign_off[source], _mkdir(work) / "draft.pactdesk"))
    answer = bytes(sign_off["answer"])  # type: ignore[arg-type]
    if case in doors.SIGN_OFF_ANSWER_IDS:
        fault = Fault(
            lambda good, path: path.write_bytes(good), ("another draft", "no longer matches")
        )
    else:
        fault = doors.SIGN_OFF_ANSWER[case]
    bad = _place(fault, answer, tmp_path / "in", "answer.pdsignoff")
    refused(capsys, ["sign-request", "import", draft, bad], fault, keep=[draft], watch=work)


@pytest.mark.parametrize("case", _ids(doors.SIGN_OFF_REQUEST))
def test_sign_off_request_door(case: str, sign_off, tmp_path: Path, capsys) -> None:
    fault = doors.SIGN_OFF_REQUEST[case]
    work = _mkdir(tmp_path / "work")
    good = bytes(sign_off["request"])  # type: ignore[arg-type]
    bad = _place(fault, good, tmp_path / "in", "request.pdsignreq")
    refused(capsys, ["sign-request", "show", bad, "--pdf", work / "read.pdf"], fault, watch=work)


def _mkdir(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# ---------------------------------------------------------------- bundles (verify)
@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from tests.bundle_support import make_signed_draft, pactdesk_home, run_bundle

    home = tmp_path_factory.mktemp("corpus-bundle")
    with pactdesk_home(home):
        signed = make_signed_draft(home / "work", sign_via_request=False)
        out = home / "bundle.asice"
        assert run_bundle(signed, out) == 0
    return {"bundle": out, "ca": signed.ca_pem}


@pytest.mark.parametrize(
    ("case", "code"),
    [(case, 1) for case in _ids(doors.BUNDLE)]
    + [(case, 2) for case in _ids(doors.BUNDLE_BAD_CALL)],
)
def test_bundle_door(case: str, code: int, bundle, tmp_path: Path, capsys) -> None:
    fault = {**doors.BUNDLE, **doors.BUNDLE_BAD_CALL}[case]
    work = _mkdir(tmp_path / "work")
    bad = _place(fault, bundle["bundle"].read_bytes(), work, "bundle.asice")
    keep = [bad] if bad.is_file() else []
    refused(
        capsys, ["verify", bad, "--trust", bundle["ca"]], fault, keep=keep, watch=work, code=code
    )
