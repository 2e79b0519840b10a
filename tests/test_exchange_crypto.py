"""Encrypted packages (CMS AuthEnvelopedData, checked with openssl) and signed returns."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from pactdesk.domain.contribution import DEVELOPMENTS, answer_key
from pactdesk.signing import identities
from tests.exchange_support import digest, make_exchange, rewrite
from tests.helpers import run_cli
from tests.signing_support import make_ca, make_official

A_DEV = answer_key("II.a", DEVELOPMENTS)


@pytest.fixture
def people(tmp_path: Path):  # type: ignore[no-untyped-def]
    make_ca()
    out = {}
    for name, org in [
        ("Koordynator Krajowy", "MSW"),
        ("Anna Nowak", "Ministerstwo Pracy"),
        ("Ewa Obca", "Elsewhere"),
    ]:
        official = make_official(name, organisation=org)
        cert = tmp_path / f"{name.split()[0].lower()}.pem"
        assert official.identity.certificate is not None
        cert.write_bytes(official.identity.certificate.public_bytes(serialization.Encoding.PEM))
        key = tmp_path / f"{name.split()[0].lower()}-key.pem"
        signer = identities.load_signer(official.id, official.passphrase)
        key.write_bytes(
            signer.key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        out[name.split()[0].lower()] = (official, cert, key)
    return out


def _env(official) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"PW": official.passphrase}


def _openssl_decrypt(
    package: Path, key: Path, cert: Path, out: Path
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [
            "openssl",
            "cms",
            "-decrypt",
            "-binary",
            "-inform",
            "DER",
            "-in",
            str(package),
            "-inkey",
            str(key),
            "-recip",
            str(cert),
            "-out",
            str(out),
        ],
        capture_output=True,
    )


def test_an_encrypted_package_opens_with_openssl_and_with_the_recipients_identity(
    tmp_path: Path,
    people,  # type: ignore[no-untyped-def]
) -> None:
    ex = make_exchange(tmp_path)
    anna, anna_cert, anna_key = people["anna"]
    eve, _eve_cert, eve_key = people["ewa"]
    locked = tmp_path / "locked.pdx"
    result = run_cli(
        "exchange",
        "export",
        ex.coordinator,
        "--assignee",
        "Anna Nowak",
        "--to",
        locked,
        "--encrypt-to",
        anna_cert,
    )
    assert result.returncode == 0, result.stderr
    assert "encrypted for Anna Nowak" in result.stdout
    assert not locked.read_bytes().startswith(b"PK")
    assert b"Bilateral" not in locked.read_bytes()

    opened = _openssl_decrypt(locked, anna_key, anna_cert, tmp_path / "plain.zip")
    assert opened.returncode == 0, opened.stderr
    plain = (tmp_path / "plain.zip").read_bytes()
    assert plain.startswith(b"PK") and b"application/vnd.pactdesk.exchange+zip" in plain[:100]
    # another identity's key cannot open it
    assert _openssl_decrypt(locked, eve_key, anna_cert, tmp_path / "no.zip").returncode != 0

    ok = run_cli(
        "exchange",
        "open",
        locked,
        tmp_path / "anna.pactdesk",
        "--identity",
        anna.id,
        "--passphrase-env",
        "PW",
        env=_env(anna),
    )
    assert ok.returncode == 0, ok.stderr
    other = run_cli(
        "exchange",
        "open",
        locked,
        tmp_path / "eve.pactdesk",
        "--identity",
        eve.id,
        "--passphrase-env",
        "PW",
        env=_env(eve),
    )
    assert other.returncode == 2 and "not encrypted for Ewa Obca" in other.stderr.splitlines()[0]
    assert not (tmp_path / "eve.pactdesk").exists()

    # a changed byte in the ciphertext is refused
    raw = bytearray(locked.read_bytes())
    raw[-40] ^= 0x01
    tampered = tmp_path / "tampered.pdx"
    tampered.write_bytes(bytes(raw))
    bad = run_cli(
        "exchange",
        "open",
        tampered,
        tmp_path / "t.pactdesk",
        "--identity",
        anna.id,
        "--passphrase-env",
        "PW",
        env=_env(anna),
    )
    assert bad.returncode == 2 and "changed" in bad.stderr.splitlines()[0]
    assert not (tmp_path / "t.pactdesk").exists()


def test_a_signed_encrypted_return_says_who_sent_it_and_a_bad_signature_is_refused(
    tmp_path: Path,
    people,  # type: ignore[no-untyped-def]
) -> None:
    ex = make_exchange(tmp_path)
    coordinator, coordinator_cert, _ = people["koordynator"]
    anna, _, _ = people["anna"]
    ex.edit(ex.contributor, {A_DEV: "Planned: a new seasonal work scheme — zażółć."}, author="Anna")
    back = ex.give_back(
        "back.pdx",
        "--identity",
        anna.id,
        "--passphrase-env",
        "PW",
        "--encrypt-to",
        coordinator_cert,
        env=_env(anna),
    )
    result = run_cli(
        "exchange", "import", ex.coordinator, back, "--passphrase-env", "PW", env=_env(coordinator)
    )
    assert result.returncode == 0, result.stderr
    assert "signed by Anna Nowak" in result.stdout and "issued by" in result.stdout

    # several identities here: the return says which signs, or is sent --unsigned
    which = run_cli("exchange", "return", ex.contributor, "--to", tmp_path / "w.pdx")
    assert which.returncode == 2 and "Say which identity" in which.stderr.splitlines()[0]
    assert not (tmp_path / "w.pdx").exists()
    unsigned = ex.give_back("unsigned.pdx", "--unsigned")
    assert "unsigned" in run_cli("exchange", "import", ex.coordinator, unsigned).stdout

    # the same return, unencrypted, with its document changed after signing
    plain = ex.give_back(
        "plain.pdx", "--identity", anna.id, "--passphrase-env", "PW", env=_env(anna)
    )

    def change(document: dict) -> None:  # type: ignore[type-arg]
        document["fields"][0]["value"] = "Words Anna never wrote."

    forged = rewrite(plain, tmp_path / "forged.pdx", change, keep_signature=True)
    before = digest(ex.coordinator)
    refused = run_cli("exchange", "import", ex.coordinator, forged)
    assert refused.returncode == 2
    assert "does not verify" in refused.stderr.splitlines()[0]
    assert digest(ex.coordinator) == before


def test_a_contributor_with_one_identity_signs_the_return_by_default(tmp_path: Path) -> None:
    make_ca()
    anna = make_official("Anna Nowak", organisation="Ministerstwo Pracy")
    ex = make_exchange(tmp_path)
    ex.edit(ex.contributor, {A_DEV: "Planned: more."}, author="Anna")
    back = ex.give_back("back.pdx", "--passphrase-env", "PW", env=_env(anna))
    result = run_cli("exchange", "import", ex.coordinator, back)
    assert result.returncode == 0, result.stderr
    assert "signed by Anna Nowak" in result.stdout


def test_a_return_signed_under_a_ca_not_trusted_here_is_refused(tmp_path: Path) -> None:
    """The signer must chain to this computer's CA or to one named with --trust."""
    import shutil

    from pactdesk.signing import authority

    other_ca = make_ca("Ministerstwo Pracy CA")
    anna = make_official("Anna Nowak", organisation="Ministerstwo Pracy")
    other_pem = tmp_path / "labour-ca.pem"
    other_pem.write_bytes(other_ca.pem())
    ex = make_exchange(tmp_path)
    ex.edit(ex.contributor, {A_DEV: "Planned: more — zażółć."}, author="Anna")
    back = ex.give_back("back.pdx", "--passphrase-env", "PW", env=_env(anna))

    # This computer trusts no CA: a signed return cannot be vouched for.
    shutil.rmtree(authority.ca_dir())
    before = digest(ex.coordinator)
    none = run_cli("exchange", "import", ex.coordinator, back)
    assert none.returncode == 2, none.stdout
    first = none.stderr.splitlines()[0]
    assert "signed by Anna Nowak" in first and "trusts no CA" in first
    assert "--trust CA.pem" in none.stderr
    # The coordinator's own CA, which did not issue Anna's certificate.
    make_ca("Ministerstwo Spraw Wewnętrznych CA")
    for args in ((), ("--dry-run",)):
        refused = run_cli("exchange", "import", ex.coordinator, back, *args)
        assert refused.returncode == 2, refused.stdout
        first = refused.stderr.splitlines()[0]
        assert "not issued by a CA this computer trusts" in first
        assert "Ministerstwo Pracy CA" in refused.stderr  # who did issue it
        assert digest(ex.coordinator) == before
    # Named with --trust, the labour ministry's CA vouches for her.
    taken = run_cli("exchange", "import", ex.coordinator, back, "--trust", other_pem, "--json")
    assert taken.returncode == 0, taken.stderr
    sender = json.loads(taken.stdout)["sender"]
    assert sender["signed"] and sender["name"] == "Anna Nowak"
    assert sender["trusted_by"] == "Ministerstwo Pracy CA"
    # An unsigned return is taken, and plainly said to be unsigned.
    ex.edit(ex.contributor, {A_DEV: "Planned: even more."}, author="Anna")
    unsigned = ex.give_back("unsigned.pdx", "--unsigned")
    plain = run_cli("exchange", "import", ex.coordinator, unsigned)
    assert plain.returncode == 0 and "unsigned" in plain.stdout
