"""Signed sign-off answers at the command line: bad ones exit 2 in one line, a repeat exits 0.

An answer for another draft, for an older revision, or a damaged file is
bad input (exit 2, one line naming the problem, the draft byte for byte
unchanged); the same answer imported twice says it is already imported,
exits 0 and changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from xlsx_support import run

from pactdesk.services import sign_off_requests
from tests.test_signing_request import (  # noqa: F401 - the fixture is used by name
    ACTIONS,
    _sign_remotely,
    tiny_pdf,
    two_computers,
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _import(capsys, draft: Path, answer: bytes, tmp_path: Path) -> tuple[int, str, str]:
    source = tmp_path / "answer.pdsignoff"
    source.write_bytes(answer)
    return run(capsys, "sign-request", "import", draft, source)


def test_answers_for_another_draft_an_older_revision_or_damaged(
    new_draft,
    two_computers,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
    capsys,
) -> None:  # type: ignore[no-untyped-def]
    _ca, remote_id, at, coordinator, remote = two_computers
    draft = new_draft()
    draft.save(ACTIONS, "pierwsza wersja", author="t")
    request = sign_off_requests.export_request(draft, made_by="Coordinator", pdf=tiny_pdf())
    answer = _sign_remotely(at, remote, request, remote_id, "approver")
    at(coordinator)
    draft.save(ACTIONS, "druga wersja", author="t")
    other = new_draft("other.pactdesk")
    other.save(ACTIONS, "tekst", author="t")
    draft.close()
    other.close()
    path, other_path = draft.path, other.path

    with zipfile.ZipFile(io.BytesIO(answer)) as archive:
        manifest = archive.read("manifest.xml")
        signature = archive.read("signature.p7s")
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("mimetype", "application/vnd.pactdesk.sign-off+zip")
        archive.writestr("manifest.xml", manifest[: len(manifest) // 2])
        archive.writestr("signature.p7s", signature)

    cases = {
        "older revision": (path, answer, "no longer matches the current content"),
        "another draft": (other_path, answer, "for another draft"),
        "damaged": (path, damaged.getvalue(), ""),
        "cut short": (path, answer[: len(answer) // 2], ""),
    }
    for label, (target, data, says) in cases.items():
        before = _digest(target)
        code, out, err = _import(capsys, target, data, tmp_path)
        assert code == 2, (label, out, err)
        lines = err.splitlines()
        assert lines[0].startswith("pactdesk sign-request: "), (label, err)
        assert says in lines[0], (label, lines[0])
        assert "Traceback" not in err
        assert _digest(target) == before, label


def test_the_same_answer_twice_is_already_imported(
    new_draft,
    two_computers,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
    capsys,
) -> None:  # type: ignore[no-untyped-def]
    _ca, remote_id, at, coordinator, remote = two_computers
    draft = new_draft()
    draft.save(ACTIONS, "tekst", author="t")
    request = sign_off_requests.export_request(draft, made_by="Coordinator", pdf=tiny_pdf())
    answer = _sign_remotely(at, remote, request, remote_id, "approver")
    at(coordinator)
    draft.close()

    code, out, err = _import(capsys, draft.path, answer, tmp_path)
    assert code == 0, err
    before = _digest(draft.path)
    code, out, err = _import(capsys, draft.path, answer, tmp_path)
    assert code == 0, err
    assert out.splitlines()[0] == (
        "Γιώργος Παπαδόπουλος's sign-off as approver at revision 1 is already imported; "
        "nothing was changed."
    )
    assert _digest(draft.path) == before
