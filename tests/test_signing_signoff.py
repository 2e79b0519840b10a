"""The sign-off service: sign, hold, outdated on edit, roles, one role per identity."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from pactdesk.services import signoff
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
    assert signoff.sign_off_roles(draft) == [signoff.SignOffRole("approver", True, 1)]
    assert not signoff.required_sign_offs_hold(draft)
    assert signoff.missing_sign_offs(draft) == ["approver"]


def test_sign_holds_then_an_edit_makes_it_outdated(new_draft, team) -> None:  # type: ignore[no-untyped-def]
    _ca, (zofia, *_rest) = team
    draft = new_draft()
    draft.save(ACTIONS, "Ustawa o cudzoziemcach weszła w życie.", author="t")
    made = signoff.sign(draft, _signer(zofia), "approver")
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
    assert signoff.required_sign_offs_hold(draft)

    draft.save(ACTIONS, "Ustawa o cudzoziemcach weszła w życie. Zmiana.", author="t")
    [after] = signoff.list_sign_offs(draft)
    assert not after.holds and after.outdated and "changed" in after.problem
    assert not signoff.required_sign_offs_hold(draft)
    assert signoff.missing_sign_offs(draft) == ["approver"]
    state = signoff.summary(draft)
    assert state.outdated_required_roles == ["approver"]
    # Signing again at the new revision starts a new chain.
    again = signoff.sign(draft, _signer(zofia), "approver")
    assert again.holds and again.sequence == 1 and signoff.required_sign_offs_hold(draft)


def test_one_identity_signs_at_most_one_role_of_a_revision(new_draft, team) -> None:  # type: ignore[no-untyped-def]
    _ca, (zofia, jan, ewa) = team
    draft = new_draft()
    draft.save(ACTIONS, "tekst", author="t")
    signoff.set_role(draft, "reviewer", required=False)
    signoff.set_role(draft, "head-of-unit", required=True)
    signoff.sign(draft, _signer(jan), "reviewer")
    with pytest.raises(signoff.SignOffError, match="one identity signs at most one role"):
        signoff.sign(draft, _signer(jan), "approver")
    with pytest.raises(signoff.SignOffError, match="already signed"):
        signoff.sign(draft, _signer(zofia), "reviewer")
    with pytest.raises(signoff.SignOffError, match="no sign-off role"):
        signoff.sign(draft, _signer(zofia), "aprover")
    assert len(signoff.list_sign_offs(draft)) == 1  # nothing written by the refusals
    second = signoff.sign(draft, _signer(zofia), "approver")
    third = signoff.sign(draft, _signer(ewa), "head-of-unit")
    # The chain: each manifest names the previous signature, so the order is signed.
    assert [s.sequence for s in signoff.current_chain(draft)] == [1, 2, 3]
    first = signoff.current_chain(draft)[0]
    assert second.previous_signature_sha256 == hashlib.sha256(first.signature).hexdigest()
    entry = parse_manifest(third.manifest).entry("META-INF/signature002.p7s")
    assert entry is not None and entry.digest_sha256 == hashlib.sha256(second.signature).digest()
    assert signoff.required_sign_offs_hold(draft)
    # After an edit, the same identity may sign again (another revision).
    draft.save(ACTIONS, "tekst 2", author="t")
    assert signoff.sign(draft, _signer(jan), "approver").holds


def test_roles_configuration(new_draft) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    signoff.set_role(draft, "reviewer", required=False)
    with pytest.raises(signoff.SignOffError):
        signoff.set_role(draft, "Bad Role", required=True)
    with pytest.raises(signoff.SignOffError, match="At least one role must be required"):
        signoff.set_role(draft, "approver", required=False)
    with pytest.raises(signoff.SignOffError, match="At least one role must be required"):
        signoff.remove_role(draft, "approver")
    signoff.set_role(draft, "reviewer", required=True)
    signoff.remove_role(draft, "approver")
    assert [(r.name, r.required) for r in signoff.sign_off_roles(draft)] == [("reviewer", True)]


def test_a_tampered_stored_sign_off_does_not_hold(new_draft, team) -> None:  # type: ignore[no-untyped-def]
    _ca, (zofia, *_rest) = team
    draft = new_draft()
    draft.save(ACTIONS, "tekst", author="t")
    signoff.sign(draft, _signer(zofia), "approver")
    from sqlalchemy import text

    [made] = signoff.list_sign_offs(draft)
    for column, value in (
        ("manifest", made.manifest.replace(b"approver", b"approvex")),
        ("signature", made.signature[:-1] + bytes([made.signature[-1] ^ 1])),
    ):
        with draft.writing() as conn:
            conn.execute(text(f"UPDATE sign_off SET {column} = :v"), {"v": value})
        [damaged] = signoff.list_sign_offs(draft)
        assert not damaged.holds and damaged.problem
        assert not signoff.required_sign_offs_hold(draft)
        with draft.writing() as conn:
            conn.execute(text(f"UPDATE sign_off SET {column} = :v"), {"v": getattr(made, column)})
        assert signoff.required_sign_offs_hold(draft)


def test_stored_sign_off_verifies_with_openssl(new_draft, team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    ca, (zofia, *_rest) = team
    draft = new_draft()
    draft.save(ACTIONS, "tekst", author="t")
    made = signoff.sign(draft, _signer(zofia), "approver")
    (tmp_path / "ca.pem").write_bytes(ca.certificate.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "m.xml").write_bytes(made.manifest)
    (tmp_path / "s.p7s").write_bytes(made.signature)
    result = openssl_cms_verify("s.p7s", "m.xml", "ca.pem", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
