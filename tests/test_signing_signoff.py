"""The sign-off service: sign, hold, outdated on edit, roles, one role per identity."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from pactdesk.domain.sign_off import SignOffError
from pactdesk.services import sign_off_roles, sign_offs
from pactdesk.services.interchange import canonical_json
from pactdesk.signing import cades, identities
from pactdesk.signing.manifest import parse_manifest
from tests.helpers import openssl_cms_verify
from tests.signing_support import make_ca, make_official

ACTIONS = "commitment/I.a/actions_undertaken"


@pytest.fixture
def team():  # type: ignore[no-untyped-def]
    ca = make_ca()
    return ca, [make_official(n) for n in ("Zofia Żółkiewska", "Jan Kowalski", "Ewa Nowak")]


def _signer(official):  # type: ignore[no-untyped-def]
    return identities.load_signer(official.id, official.passphrase)


def test_a_new_draft_has_the_approver_role_required(new_draft) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    assert sign_off_roles.sign_off_roles(draft) == [sign_off_roles.SignOffRole("approver", True, 1)]
    assert not sign_offs.required_sign_offs_hold(draft)
    assert sign_offs.missing_sign_offs(draft) == ["approver"]


def test_sign_holds_then_an_edit_makes_it_outdated(new_draft, team) -> None:  # type: ignore[no-untyped-def]
    _ca, (zofia, *_rest) = team
    draft = new_draft()
    draft.save(ACTIONS, "Ustawa o cudzoziemcach weszła w życie.", author="t")
    made = sign_offs.sign(draft, _signer(zofia), "approver")
    assert made.holds and made.sequence == 1 and made.role == "approver"
    assert made.signer_name == "Zofia Żółkiewska" and made.revision == draft.head().revision
    # The manifest names the canonical JSON's digest, the role and the revision.
    parsed = parse_manifest(made.manifest)
    entry = parsed.entry("contribution.json")
    assert entry is not None
    assert entry.digest_sha256 == hashlib.sha256(canonical_json(draft)).digest()
    assert parsed.properties["role"] == "approver"
    assert parsed.properties["revision"] == str(draft.head().revision)
    assert parsed.sig_name == "META-INF/signature001.p7s"
    assert cades.verify_detached(made.signature, made.manifest).ok
    assert sign_offs.required_sign_offs_hold(draft)

    draft.save(ACTIONS, "Ustawa o cudzoziemcach weszła w życie. Zmiana.", author="t")
    [after] = sign_offs.list_sign_offs(draft)
    assert not after.holds and after.outdated and "changed" in after.problem
    assert not sign_offs.required_sign_offs_hold(draft)
    assert sign_offs.missing_sign_offs(draft) == ["approver"]
    state = sign_offs.summary(draft)
    assert state.outdated_required_roles == ["approver"]
    # Signing again at the new revision starts a new chain.
    again = sign_offs.sign(draft, _signer(zofia), "approver")
    assert again.holds and again.sequence == 1 and sign_offs.required_sign_offs_hold(draft)


def test_one_identity_signs_at_most_one_role_of_a_revision(new_draft, team) -> None:  # type: ignore[no-untyped-def]
    _ca, (zofia, jan, ewa) = team
    draft = new_draft()
    draft.save(ACTIONS, "tekst", author="t")
    sign_off_roles.set_role(draft, "reviewer", required=False)
    sign_off_roles.set_role(draft, "head-of-unit", required=True)
    sign_offs.sign(draft, _signer(jan), "reviewer")
    with pytest.raises(SignOffError, match="one identity signs at most one role"):
        sign_offs.sign(draft, _signer(jan), "approver")
    with pytest.raises(SignOffError, match="already signed"):
        sign_offs.sign(draft, _signer(zofia), "reviewer")
    with pytest.raises(SignOffError, match="no sign-off role"):
        sign_offs.sign(draft, _signer(zofia), "aprover")
    assert len(sign_offs.list_sign_offs(draft)) == 1  # nothing written by the refusals
    second = sign_offs.sign(draft, _signer(zofia), "approver")
    third = sign_offs.sign(draft, _signer(ewa), "head-of-unit")
    # The chain: each manifest names the previous signature, so the order is signed.
    assert [s.sequence for s in sign_offs.current_chain(draft)] == [1, 2, 3]
    first = sign_offs.current_chain(draft)[0]
    assert second.previous_signature_sha256 == hashlib.sha256(first.signature).hexdigest()
    entry = parse_manifest(third.manifest).entry("META-INF/signature002.p7s")
    assert entry is not None and entry.digest_sha256 == hashlib.sha256(second.signature).digest()
    assert sign_offs.required_sign_offs_hold(draft)
    # After an edit, the same identity may sign again (another revision).
    draft.save(ACTIONS, "tekst 2", author="t")
    assert sign_offs.sign(draft, _signer(jan), "approver").holds


def test_roles_configuration(new_draft) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    sign_off_roles.set_role(draft, "reviewer", required=False)
    with pytest.raises(SignOffError):
        sign_off_roles.set_role(draft, "Bad Role", required=True)
    with pytest.raises(SignOffError, match="At least one role must be required"):
        sign_off_roles.set_role(draft, "approver", required=False)
    with pytest.raises(SignOffError, match="At least one role must be required"):
        sign_off_roles.remove_role(draft, "approver")
    sign_off_roles.set_role(draft, "reviewer", required=True)
    sign_off_roles.remove_role(draft, "approver")
    assert [(r.name, r.required) for r in sign_off_roles.sign_off_roles(draft)] == [
        ("reviewer", True)
    ]


def test_a_tampered_stored_sign_off_does_not_hold(new_draft, team) -> None:  # type: ignore[no-untyped-def]
    _ca, (zofia, *_rest) = team
    draft = new_draft()
    draft.save(ACTIONS, "tekst", author="t")
    sign_offs.sign(draft, _signer(zofia), "approver")
    [made] = sign_offs.list_sign_offs(draft)

    def tamper(column: str, value: bytes) -> None:
        # Someone with the file and sqlite3, behind PactDesk's back.
        with sqlite3.connect(draft.path) as conn:
            conn.execute(f"UPDATE sign_off SET {column} = ?", (value,))  # noqa: S608

    for column, value in (
        ("manifest", made.manifest.replace(b"approver", b"approvex")),
        ("signature", made.signature[:-1] + bytes([made.signature[-1] ^ 1])),
    ):
        tamper(column, value)
        [damaged] = sign_offs.list_sign_offs(draft)
        assert not damaged.holds and damaged.problem
        assert not sign_offs.required_sign_offs_hold(draft)
        tamper(column, getattr(made, column))
        assert sign_offs.required_sign_offs_hold(draft)


def test_stored_sign_off_verifies_with_openssl(new_draft, team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    ca, (zofia, *_rest) = team
    draft = new_draft()
    draft.save(ACTIONS, "tekst", author="t")
    made = sign_offs.sign(draft, _signer(zofia), "approver")
    (tmp_path / "ca.pem").write_bytes(ca.certificate.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "m.xml").write_bytes(made.manifest)
    (tmp_path / "s.p7s").write_bytes(made.signature)
    result = openssl_cms_verify("s.p7s", "m.xml", "ca.pem", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
