"""``pactdesk verify`` finds every change: a flipped byte anywhere, an extra file, a lost signature.

One bundle is made (three sign-offs and the submitter's signature), then
damaged in every way a recipient might meet, and ``pactdesk verify`` must
exit 1 with one line saying why — with and without ``--trust``.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from pactdesk.cli import main as cli_main
from tests.bundle_support import (
    SignedDraft,
    make_signed_draft,
    members,
    pactdesk_home,
    replace_member,
    rezip,
    run_bundle,
)
from tests.helpers import run_cli


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[SignedDraft, bytes]:
    home = tmp_path_factory.mktemp("tamper-home")
    with pactdesk_home(home):
        signed = make_signed_draft(home / "work", sign_via_request=False)
        out = home / "bundle.asice"
        assert run_bundle(signed, out) == 0
    return signed, out.read_bytes()


def _verify(
    raw: bytes,
    tmp_path: Path,
    ca: Path | None,
    capsys: pytest.CaptureFixture[str],
    name: str = "candidate.asice",
) -> tuple[int, str]:
    path = tmp_path / name
    path.write_bytes(raw)
    args = ["verify", str(path)] + (["--trust", str(ca)] if ca else [])
    code = cli_main(args)
    captured = capsys.readouterr()
    return code, captured.err


def test_the_untouched_bundle_is_valid(
    built: tuple[SignedDraft, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, raw = built
    assert _verify(raw, tmp_path, signed.ca_pem, capsys) == (0, "")
    assert _verify(raw, tmp_path, None, capsys) == (0, "")


def test_flipping_any_byte_of_any_member_is_found(
    built: tuple[SignedDraft, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every member, at several offsets, re-zipped so the ZIP itself is sound."""
    signed, raw = built
    entries = [(info.filename, data) for info, data in members(raw)]
    assert len(entries) == 12  # mimetype, 3 files, 4 manifests, 4 signatures
    tried = 0
    for index, (name, data) in enumerate(entries):
        offsets = sorted(
            {
                0,
                1,
                len(data) // 3,
                len(data) // 2,
                (2 * len(data)) // 3,
                len(data) - 2,
                len(data) - 1,
            }
        )
        for offset in offsets:
            for ca in (signed.ca_pem, None):
                damaged = bytearray(data)
                damaged[offset] ^= 0x01
                candidate = list(entries)
                candidate[index] = (name, bytes(damaged))
                code, err = _verify(rezip(candidate), tmp_path, ca, capsys)
                assert code == 1, f"{name} byte {offset} flipped, trust={ca}: {err}"
                assert err.startswith("pactdesk verify: ")
                tried += 1
    assert tried >= 12 * 5 * 2


def test_flipping_bytes_of_the_file_itself_is_found(
    built: tuple[SignedDraft, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Raw damage to the .asice file (no re-zipping): CRCs, headers, compressed data."""
    signed, raw = built
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        infos = archive.infolist()
    for info in infos:
        start = info.header_offset + 30 + len(info.filename)
        for offset in (start, start + info.compress_size // 2, start + info.compress_size - 1):
            damaged = bytearray(raw)
            damaged[offset] ^= 0x01
            code, err = _verify(bytes(damaged), tmp_path, signed.ca_pem, capsys)
            assert code == 1, f"{info.filename} raw byte {offset}: {err}"


def test_an_added_unsigned_file_is_found(
    built: tuple[SignedDraft, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, raw = built
    entries = [(i.filename, d) for i, d in members(raw)]
    for extra in ("annex.pdf", "META-INF/signature005.p7s", "META-INF/notes.txt"):
        code, err = _verify(
            rezip([*entries, (extra, b"%PDF-1.7 added")]), tmp_path, signed.ca_pem, capsys
        )
        assert code == 1, extra
        assert extra in err


def test_a_removed_signature_or_manifest_is_found(
    built: tuple[SignedDraft, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, raw = built
    entries = [(i.filename, d) for i, d in members(raw)]
    for gone in (
        "META-INF/signature002.p7s",
        "META-INF/signature004.p7s",
        "META-INF/ASiCManifest001.xml",
        "META-INF/ASiCManifest004.xml",
        "contribution.xlsx",
    ):
        code, err = _verify(
            rezip([e for e in entries if e[0] != gone]), tmp_path, signed.ca_pem, capsys
        )
        assert code == 1, gone
    # A whole sign-off (manifest and signature) taken out.
    without = [e for e in entries if "002." not in e[0]]
    code, err = _verify(rezip(without), tmp_path, signed.ca_pem, capsys)
    assert code == 1
    # Only the submitter's signature and manifest: the sign-offs are no longer signed.
    code, err = _verify(
        rezip([e for e in entries if "004." not in e[0]]), tmp_path, signed.ca_pem, capsys
    )
    assert code == 1


def test_a_reordered_chain_is_found(
    built: tuple[SignedDraft, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, raw = built
    entries = dict((i.filename, d) for i, d in members(raw))
    # Swap sign-offs 001 and 002 (manifest and signature together).
    swapped = dict(entries)
    for kind in ("META-INF/ASiCManifest{}.xml", "META-INF/signature{}.p7s"):
        swapped[kind.format("001")], swapped[kind.format("002")] = (
            entries[kind.format("002")],
            entries[kind.format("001")],
        )
    code, err = _verify(rezip(list(swapped.items())), tmp_path, signed.ca_pem, capsys)
    assert code == 1
    # The entries in another order inside the ZIP (mimetype first still) is no change at all.
    names = list(entries)
    reordered = [names[0], *reversed(names[1:])]
    code, err = _verify(
        rezip([(n, entries[n]) for n in reordered]), tmp_path, signed.ca_pem, capsys
    )
    assert code == 0, err


def test_another_cas_signers_are_not_trusted(
    built: tuple[SignedDraft, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cryptography.hazmat.primitives import serialization

    from pactdesk.signing import certificates

    signed, raw = built
    other = certificates.build_ca_certificate(
        certificates.new_key(), name="Ministerstwo Sign-off CA"
    )
    other_pem = tmp_path / "other.pem"
    other_pem.write_bytes(other.public_bytes(serialization.Encoding.PEM))
    code, err = _verify(raw, tmp_path, other_pem, capsys)
    assert code == 1
    assert "not issued by a trusted CA" in err


def test_without_trust_it_says_identities_were_not_checked(
    built: tuple[SignedDraft, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, raw = built
    path = tmp_path / "b.asice"
    path.write_bytes(raw)
    assert cli_main(["verify", str(path)]) == 0
    out = capsys.readouterr().out
    assert "identities were NOT checked" in out.splitlines()[0]
    assert "not checked" in out
    assert cli_main(["verify", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is True and report["trust_checked"] is False
    assert [s["trusted"] for s in report["signers"]] == [None] * 4
    assert cli_main(["verify", str(path), "--json", "--trust", str(signed.ca_pem)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["trust_checked"] is True
    assert [s["role"] for s in report["signers"]] == [
        "author",
        "head-of-unit",
        "approver",
        "submitter",
    ]
    assert [s["kind"] for s in report["signers"]][-1] == "submission"
    assert all(s["trusted"] is True and s["signature_ok"] for s in report["signers"])
    assert len({s["revision"] for s in report["signers"]}) == 1
    assert report["signers"][0]["name"] == "Anna Żółkiewska"
    assert report["member_state"] == "PL" and report["cycle"] == 2010


def test_bad_calls_exit_2_and_non_bundles_exit_1(
    built: tuple[SignedDraft, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, raw = built
    assert cli_main(["verify", str(tmp_path / "missing.asice")]) == 2
    assert "does not exist" in capsys.readouterr().err
    path = tmp_path / "b.asice"
    path.write_bytes(raw)
    not_a_cert = tmp_path / "not-a-cert.pem"
    not_a_cert.write_text("hello")
    assert cli_main(["verify", str(path), "--trust", str(not_a_cert)]) == 2
    assert cli_main(["verify", str(path), "--trust", str(tmp_path / "none.pem")]) == 2
    for junk in (b"", b"hello", b"PK\x03\x04junk", signed.ca_pem.read_bytes()):
        code, err = _verify(junk, tmp_path, None, capsys)
        assert code == 1
        assert len(err.splitlines()[0]) < 200
    # A plain ZIP of the same files, without mimetype first: not a bundle.
    entries = [(i.filename, d) for i, d in members(raw)][1:]
    code, err = _verify(rezip(entries), tmp_path, None, capsys)
    assert code == 1 and "mimetype" in err


def test_verify_as_a_separate_process(built: tuple[SignedDraft, bytes], tmp_path: Path) -> None:
    signed, raw = built
    path = tmp_path / "b.asice"
    path.write_bytes(raw)
    ok = run_cli("verify", path, "--trust", signed.ca_pem)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("Valid bundle")
    changed = replace_member(
        raw,
        "contribution.pdf",
        dict((i.filename, d) for i, d in members(raw))["contribution.pdf"] + b"\n%tail",
    )
    path.write_bytes(changed)
    bad = run_cli("verify", path, "--trust", signed.ca_pem)
    assert bad.returncode == 1
    assert bad.stderr.startswith("pactdesk verify: Not a valid bundle: contribution.pdf")


def test_unsafe_zips_get_one_clear_message_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mimetype = ("mimetype", b"application/vnd.etsi.asic-e+zip")
    cases = {
        "escape": rezip([mimetype, ("../../etc/cron.d/evil", b"x")]),
        "absolute": rezip([mimetype, ("/tmp/evil", b"x")]),
        "backslash": rezip([mimetype, ("META-INF\\..\\evil", b"x")]),
    }
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype[1])
        archive.writestr("contribution.pdf", b"\0" * (64 * 1024 * 1024), zipfile.ZIP_DEFLATED)
    cases["bomb"] = bomb.getvalue()
    for name, raw in cases.items():
        code, err = _verify(raw, tmp_path, None, capsys, name=f"{name}.asice")
        assert code == 1, name
        assert len(err.splitlines()) == 1, err
    assert len(cases["bomb"]) < 1024 * 1024  # 64 MiB of zeros in well under 1 MiB
    # Nothing was unpacked: only the files the test wrote are there.
    assert {p.name for p in tmp_path.iterdir()} == {f"{n}.asice" for n in cases}


def test_a_manifest_the_xml_parser_chokes_on_is_a_finding_not_a_crash(
    built: tuple[SignedDraft, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed, raw = built
    entries = dict((i.filename, d) for i, d in members(raw))
    for name in ("META-INF/ASiCManifest001.xml", "META-INF/ASiCManifest004.xml"):
        for old, new in (
            (b"UTF-8", b"TTF-8"),
            (b"<asic:ASiCManifest", b"<!DOCTYPE x [<!ENTITY a 'b'>]><asic:ASiCManifest"),
        ):
            forged = dict(entries)
            forged[name] = entries[name].replace(old, new, 1)
            code, err = _verify(rezip(list(forged.items())), tmp_path, signed.ca_pem, capsys)
            assert code == 1, (name, new)
            assert err.startswith("pactdesk verify: Not a valid bundle: ")
