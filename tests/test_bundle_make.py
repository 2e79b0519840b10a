"""``pactdesk bundle``: refused while the draft is not ready, previews, and the January update."""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from pactdesk.cli import main as cli_main
from pactdesk.domain.contribution import answer_key, data_key
from pactdesk.services import sign_offs
from pactdesk.services.drafts import Draft
from tests.bundle_support import (
    SUBMITTER_PASSPHRASE_ENV,
    make_signed_draft,
    new_full_draft,
    run_bundle,
    signer_of,
)
from tests.helpers import run_cli


def _names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def _read(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    target = tmp_path / "read.pdf"
    target.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_refused_while_validation_errors_remain(
    new_draft, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from tests.signing_support import make_ca, make_official

    make_ca()
    submitter = make_official("Zofia Krajowa")
    new_draft("draft.pactdesk").close()  # an empty draft: every answer missing
    path = tmp_path / "draft.pactdesk"
    out = tmp_path / "out.asice"
    import os

    os.environ[SUBMITTER_PASSPHRASE_ENV] = submitter.passphrase
    try:
        code = cli_main(
            [
                "bundle",
                str(path),
                str(out),
                "--identity",
                submitter.id,
                "--passphrase-env",
                SUBMITTER_PASSPHRASE_ENV,
            ]
        )
    finally:
        os.environ.pop(SUBMITTER_PASSPHRASE_ENV)
    err = capsys.readouterr().err
    assert code == 1
    first = err.splitlines()[0]
    assert first.startswith("pactdesk bundle: the bundle was refused: 77 validation errors")
    assert "political assessment is empty" in err
    assert not out.exists()


def test_refused_without_the_required_sign_off_and_when_it_is_outdated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = make_signed_draft(tmp_path / "work", sign_via_request=False)
    out = tmp_path / "out.asice"
    # An edit after the sign-offs: every one of them is outdated now.
    draft = Draft.open(signed.path)
    draft.save(
        answer_key("I.a", "actions_undertaken"), "Zmieniony tekst — nowe działania.", author="Anna"
    )
    assert not any(s.holds for s in sign_offs.list_sign_offs(draft))
    draft.close()
    assert run_bundle(signed, out) == 1
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert lines[0] == (
        "pactdesk bundle: the bundle was refused: the required sign-off 'approver' is "
        "outdated (the draft changed since)"
    )
    assert any("'head-of-unit' is outdated" in line for line in lines[1:])
    assert not out.exists()

    # A preview is made all the same, clearly marked, and verify refuses it.
    preview = tmp_path / "preview.asice"
    assert cli_main(["bundle", str(signed.path), str(preview), "--preview"]) == 0
    assert "PREVIEW" in capsys.readouterr().out
    names = _names(preview)
    assert names[0] == "mimetype"
    assert "META-INF/preview" in names
    assert not any(n.endswith(".p7s") for n in names)  # outdated sign-offs are left out
    text = _pdf_text(_read(preview, "contribution.pdf"), tmp_path)
    assert "DRAFT" in text
    assert cli_main(["verify", str(preview), "--trust", str(signed.ca_pem)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pactdesk verify: Not a submission: this is an unsigned PREVIEW bundle.")

    # Signed again (the two required roles): now the bundle is made.
    draft = Draft.open(signed.path)
    sign_offs.sign(draft, signer_of(signed.officials[1]), "head-of-unit")
    sign_offs.sign(draft, signer_of(signed.officials[2]), "approver")
    draft.close()
    assert run_bundle(signed, out) == 0
    assert cli_main(["verify", str(out), "--trust", str(signed.ca_pem)]) == 0


def test_a_preview_with_sign_offs_is_still_refused_by_verify(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = make_signed_draft(tmp_path / "work", sign_via_request=False)
    preview = tmp_path / "preview.asice"
    assert cli_main(["bundle", str(signed.path), str(preview), "--preview"]) == 0
    names = _names(preview)
    assert "META-INF/signature003.p7s" in names and "META-INF/signature004.p7s" not in names
    assert cli_main(["verify", str(preview), "--trust", str(signed.ca_pem)]) == 1
    assert "PREVIEW" in capsys.readouterr().err.splitlines()[0]
    # Taking the marker out does not make it a submission: nobody signed it as one.
    with zipfile.ZipFile(preview) as archive:
        entries = [(i.filename, archive.read(i)) for i in archive.infolist()]
    from tests.bundle_support import rezip

    stripped = tmp_path / "stripped.asice"
    stripped.write_bytes(rezip([e for e in entries if e[0] != "META-INF/preview"]))
    assert cli_main(["verify", str(stripped), "--trust", str(signed.ca_pem)]) == 1
    capsys.readouterr()


def test_bad_calls_exit_2_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = make_signed_draft(tmp_path / "work", sign_via_request=False)
    out = tmp_path / "out.asice"
    assert cli_main(["bundle", str(signed.path), str(out)]) == 2
    assert "--identity" in capsys.readouterr().err
    assert (
        cli_main(
            [
                "bundle",
                str(tmp_path / "none.pactdesk"),
                str(out),
                "--identity",
                "x",
                "--passphrase-env",
                "X",
            ]
        )
        == 2
    )
    capsys.readouterr()
    assert (
        cli_main(
            ["bundle", str(signed.path), str(out), "--identity", "nobody", "--passphrase-env", "X"]
        )
        == 2
    )
    capsys.readouterr()
    # No passphrase anywhere (no keyring, no terminal): one clear line, exit 2.
    result = run_cli("bundle", signed.path, out, "--identity", signed.submitter.id)
    assert result.returncode == 2, result.stderr
    assert "passphrase" in result.stderr.splitlines()[0].lower()
    assert run_bundle(signed, out, "--supersedes", str(tmp_path / "old.asice")) == 2
    not_bundle = tmp_path / "old.asice"
    not_bundle.write_bytes(b"not a bundle")
    assert run_bundle(signed, out, "--supersedes", str(not_bundle)) == 2
    assert "is not a valid bundle" in capsys.readouterr().err
    assert not out.exists()


def test_the_january_update_names_the_old_bundle_and_reports_the_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = make_signed_draft(tmp_path / "work", sign_via_request=False)
    first = tmp_path / "PL-2010.asice"
    assert run_bundle(signed, first) == 0

    # January: two commitments change, the sign-offs are renewed.
    draft = Draft.open(signed.path)
    draft.save_many(
        {
            answer_key("I.a", "developments_planned"): "Nowa ustawa o cudzoziemcach, 2010.",
            data_key("II.b"): json.dumps(
                [
                    {
                        "indicator": "Powroty dobrowolne",
                        "period": "2009",
                        "value": 1234,
                        "unit": "persons",
                        "source": "Straż Graniczna",
                        "harmonised": False,
                    }
                ]
            ),
        },
        author="Anna",
    )
    sign_offs.sign(draft, signer_of(signed.officials[1]), "head-of-unit")
    sign_offs.sign(draft, signer_of(signed.officials[2]), "approver")
    draft.close()

    update = tmp_path / "PL-2010-update.asice"
    assert (
        run_bundle(signed, update, "--supersedes", str(first), "--trust", str(signed.ca_pem)) == 0
    )
    old_sha = hashlib.sha256(first.read_bytes()).hexdigest()
    assert old_sha in capsys.readouterr().out

    changes = json.loads(_read(update, "changes.json"))
    assert changes["format"] == "pactdesk.changes/1"
    assert changes["supersedes"]["sha256"] == old_sha
    sections = {c["section"]: c["fields"] for c in changes["changes"]}
    assert set(sections) == {"I.a", "II.b"}
    assert sections["I.a"][0]["change"] == "changed"
    assert "II.b" not in changes["unchanged"] and "I.b" in changes["unchanged"]

    # The final manifest names the old bundle by its hash, and signs changes.json.
    final = _read(update, "META-INF/ASiCManifest003.xml").decode()
    assert f'<pd:Property Name="supersedes-sha256">{old_sha}</pd:Property>' in final
    assert 'URI="changes.json"' in final
    # The PDF carries the report as a chapter, and the old bundle's digest on its last page.
    text = _pdf_text(_read(update, "contribution.pdf"), tmp_path)
    assert "Changes since the submission of" in text
    assert old_sha in text.replace("\n", "")

    assert cli_main(["verify", str(update), "--trust", str(signed.ca_pem), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["supersedes"] == old_sha
    assert len(report["signers"]) == 3  # two renewed sign-offs and the submitter

    # changes.json cannot be swapped for another: it is signed.
    with zipfile.ZipFile(update) as archive:
        entries = [(i.filename, archive.read(i)) for i in archive.infolist()]
    from tests.bundle_support import rezip

    forged = dict(entries)
    forged["changes.json"] = json.dumps({**changes, "changes": []}).encode()
    tampered = tmp_path / "tampered.asice"
    tampered.write_bytes(rezip(list(forged.items())))
    assert cli_main(["verify", str(tampered), "--trust", str(signed.ca_pem)]) == 1
    capsys.readouterr()

    # A bundle of another contribution cannot be the one replaced.
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = new_full_draft(other_dir / "cz.pactdesk", member_state="CZ", language="cs")
    other.close()
    assert (
        cli_main(
            [
                "bundle",
                str(other_dir / "cz.pactdesk"),
                str(tmp_path / "x.asice"),
                "--preview",
                "--supersedes",
                str(first),
            ]
        )
        == 2
    )
    assert "not a bundle of this contribution" in capsys.readouterr().err


def test_refused_while_a_required_sign_off_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.signing_support import make_ca, make_official

    make_ca()
    submitter = make_official("Zofia Krajowa")
    draft = new_full_draft(tmp_path / "full.pactdesk")
    draft.close()
    out = tmp_path / "out.asice"
    result = run_cli(
        "bundle",
        tmp_path / "full.pactdesk",
        out,
        "--identity",
        submitter.id,
        "--passphrase-env",
        "PASS",
        env={"PASS": submitter.passphrase},
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "pactdesk bundle: the bundle was refused: the required sign-off 'approver' is missing"
    ]
    assert not out.exists()
