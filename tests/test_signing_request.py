"""Sign-off requests: exported here, signed on another computer, imported back."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from pactdesk.domain.sign_off import SignOffError
from pactdesk.services import sign_off_requests, sign_off_roles, sign_offs
from pactdesk.services.interchange import canonical_json
from pactdesk.signing import authority, identities
from pactdesk.signing import request as request_file
from tests.helpers import openssl_cms_verify
from tests.signing_support import CA_PASSPHRASE, make_ca, make_official

ACTIONS = "commitment/I.a/actions_undertaken"


def tiny_pdf(text: str = "Wkład — zażółć") -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text.encode("ascii", "replace").decode())
    page.save()
    return buffer.getvalue()


@pytest.fixture
def two_computers(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """The coordinator's computer (CA, draft) and a remote official's (identity only)."""
    coordinator, remote = tmp_path / "coordinator", tmp_path / "remote"

    def at(home: Path) -> None:
        monkeypatch.setenv("PACTDESK_HOME", str(home))

    at(remote)
    identity, csr = identities.create_identity(
        name="Γιώργος Παπαδόπουλος",
        organisation="Υπουργείο Εσωτερικών",
        email="g.papadopoulos@ypes.example.gr",
        passphrase="remote passphrase",
    )
    at(coordinator)
    ca = make_ca()
    cert = authority.issue(csr, ca_passphrase=CA_PASSPHRASE)
    at(remote)
    identities.install_certificate(authority.certificate_file(cert, [ca.certificate]))
    at(coordinator)
    return ca, identity.id, at, coordinator, remote


def _sign_remotely(at, remote, raw_request: bytes, identity_id: str, role: str) -> bytes:  # type: ignore[no-untyped-def]
    at(remote)
    request = request_file.read_request(raw_request)
    signer = identities.load_signer(identity_id, "remote passphrase")
    return request_file.sign_request(request, signer, role)


def test_round_trip_and_openssl_verifies_it(new_draft, two_computers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ca, remote_id, at, coordinator, remote = two_computers
    draft = new_draft()
    draft.save(ACTIONS, "Νόμος 3386/2005 — ενσωμάτωση.", author="t")
    sign_off_roles.set_role(draft, "reviewer", required=True)
    local = make_official("Zofia Żółkiewska")
    sign_offs.sign(draft, identities.load_signer(local.id, local.passphrase), "reviewer")

    raw = sign_off_requests.export_request(draft, made_by="Coordinator", pdf=tiny_pdf())
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        assert archive.namelist()[0] == "mimetype"
        assert archive.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert archive.read("contribution.json") == canonical_json(draft)
        assert archive.read("contribution.pdf").startswith(b"%PDF-")
    request = request_file.read_request(raw)
    assert request.open_roles() == ["approver"]
    assert request.target.sequence == 2

    with pytest.raises(SignOffError, match="already signed"):
        _sign_remotely(at, remote, raw, remote_id, "reviewer")
    response = _sign_remotely(at, remote, raw, remote_id, "approver")
    at(coordinator)
    made = sign_off_requests.import_response(draft, response)
    assert made.holds and made.role == "approver" and made.sequence == 2
    assert made.source == "sign-off request"
    assert made.signer_name == "Γιώργος Παπαδόπουλος"
    assert sign_offs.required_sign_offs_hold(draft)
    # Importing the same response twice records nothing: it is already imported.
    with pytest.raises(sign_off_requests.AlreadyImported, match="already imported"):
        sign_off_requests.import_response(draft, response)
    assert len(sign_offs.list_sign_offs(draft)) == 2

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    work = tmp_path / "check"
    work.mkdir()
    (work / "ca.pem").write_bytes(ca.certificate.public_bytes(serialization.Encoding.PEM))
    with zipfile.ZipFile(io.BytesIO(response)) as archive:
        archive.extractall(work)
    assert (work / "manifest.xml").read_bytes() == made.manifest
    result = openssl_cms_verify("signature.p7s", "manifest.xml", "ca.pem", cwd=work)
    assert result.returncode == 0, result.stderr


def test_refused_when_the_content_changed_or_the_chain_moved(new_draft, two_computers) -> None:  # type: ignore[no-untyped-def]
    _ca, remote_id, at, coordinator, remote = two_computers
    draft = new_draft()
    draft.save(ACTIONS, "pierwsza wersja", author="t")
    sign_off_roles.set_role(draft, "reviewer", required=False)
    raw = sign_off_requests.export_request(draft, made_by="Coordinator", pdf=tiny_pdf())
    response = _sign_remotely(at, remote, raw, remote_id, "approver")
    at(coordinator)

    draft.save(ACTIONS, "druga wersja", author="t")
    with pytest.raises(SignOffError, match="no longer matches the current content"):
        sign_off_requests.import_response(draft, response)
    assert sign_offs.list_sign_offs(draft) == []

    # A fresh request; then someone signs locally before the response comes back.
    raw = sign_off_requests.export_request(draft, made_by="Coordinator", pdf=tiny_pdf())
    response = _sign_remotely(at, remote, raw, remote_id, "approver")
    at(coordinator)
    local = make_official("Jan Kowalski")
    sign_offs.sign(draft, identities.load_signer(local.id, local.passphrase), "reviewer")
    with pytest.raises(SignOffError, match="signed order"):
        sign_off_requests.import_response(draft, response)
    assert len(sign_offs.list_sign_offs(draft)) == 1


def test_damaged_or_foreign_files_are_refused(new_draft, two_computers) -> None:  # type: ignore[no-untyped-def]
    _ca, remote_id, at, coordinator, remote = two_computers
    draft = new_draft()
    draft.save(ACTIONS, "tekst", author="t")
    raw = sign_off_requests.export_request(draft, made_by="Coordinator", pdf=tiny_pdf())

    def rezip(source: bytes, replace: dict[str, bytes], extra: tuple[str, ...] = ()) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w") as new:
            for info in old.infolist():
                new.writestr(info, replace.get(info.filename, old.read(info)))
            for name in extra:
                new.writestr(name, b"x")
        return out.getvalue()

    # The content in a request must have the digest the request names.
    with pytest.raises(request_file.RequestFileError, match="altered"):
        request_file.read_request(rezip(raw, {"contribution.json": b'{"changed":1}'}))
    with pytest.raises(request_file.RequestFileError, match="unexpected contents"):
        request_file.read_request(rezip(raw, {}, extra=("../evil.txt",)))
    with pytest.raises(request_file.RequestFileError):
        request_file.read_request(b"PK not really")

    response = _sign_remotely(at, remote, raw, remote_id, "approver")
    at(coordinator)
    with zipfile.ZipFile(io.BytesIO(response)) as archive:
        signature = archive.read("signature.p7s")
        manifest = archive.read("manifest.xml")
    flipped = bytearray(signature)
    flipped[-3] ^= 0x40
    for bad in (
        rezip(response, {"signature.p7s": bytes(flipped)}),
        rezip(response, {"manifest.xml": manifest.replace(b"approver", b"reviewer")}),
        rezip(response, {"mimetype": b"application/zip"}),
        raw,  # a request is not a response
    ):
        with pytest.raises(SignOffError):
            sign_off_requests.import_response(draft, bad)
    assert sign_offs.list_sign_offs(draft) == []

    # A response made for another draft.
    other = new_draft("other.pactdesk")
    other.save(ACTIONS, "tekst", author="t")
    with pytest.raises(SignOffError):
        sign_off_requests.import_response(other, response)
    assert sign_off_requests.import_response(draft, response).holds


def test_a_xades_request_is_answered_in_xades_and_another_form_is_refused(  # type: ignore[no-untyped-def]
    new_draft, two_computers
) -> None:
    from pactdesk.services.signature_form import set_signature_form

    _ca, remote_id, at, coordinator, remote = two_computers
    draft = new_draft()
    draft.save(ACTIONS, "Νόμος 3386/2005 — ενσωμάτωση.", author="t")
    cades_request = sign_off_requests.export_request(draft, made_by="Coordinator", pdf=tiny_pdf())
    set_signature_form(draft, "xades")
    raw = sign_off_requests.export_request(draft, made_by="Coordinator", pdf=tiny_pdf())
    assert request_file.read_request(raw).signature_form == "xades"
    response = _sign_remotely(at, remote, raw, remote_id, "approver")
    with zipfile.ZipFile(io.BytesIO(response)) as archive:
        assert sorted(archive.namelist()) == ["mimetype", "signature.xml"]
    # An answer to the request exported before the change (CAdES) is refused: the
    # bundle would mix forms.
    old_answer = _sign_remotely(at, remote, cades_request, remote_id, "approver")
    at(coordinator)
    with pytest.raises(
        SignOffError, match="CAdES form, but this contribution is signed in the XAdES"
    ):
        sign_off_requests.import_response(draft, old_answer)
    made = sign_off_requests.import_response(draft, response)
    assert made.holds and made.signature_form == "xades" and made.manifest == b""
    assert made.signature_name == "META-INF/signatures001.xml"
    # Now that a sign-off holds, the form stays.
    with pytest.raises(SignOffError, match="cannot change while 1 sign-off holds"):
        set_signature_form(draft, "cades")
