"""Test support for bundles: a full draft signed off by three officials, and its bundle.

Everything is made the way a ministry would: one sign-off CA on this
computer, officials' identities issued by it, sign-offs through the
sign-off service, the submitter's bundle through ``pactdesk bundle``.
Keys and passphrases are made here, in the test's own PACTDESK_HOME.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from pactdesk.cli import main as cli_main
from pactdesk.frameworks import shipped_framework, shipped_framework_bytes
from pactdesk.services import sign_off_requests, sign_off_roles, sign_offs
from pactdesk.services.drafts import Draft
from pactdesk.testing.officials import signer_of
from pactdesk.testing.samples import full_items
from tests.signing_support import Official, make_ca, make_official

SUBMITTER_PASSPHRASE_ENV = "PACTDESK_TEST_SUBMITTER_PASSPHRASE"
ROLES = ("author", "head-of-unit", "approver")


@dataclass
class SignedDraft:
    path: Path
    ca_pem: Path
    officials: list[Official]
    submitter: Official


@contextmanager
def pactdesk_home(home: Path) -> Iterator[None]:
    """Point PACTDESK_HOME at ``home`` for a block (for module-scoped fixtures)."""
    before = os.environ.get("PACTDESK_HOME")
    os.environ["PACTDESK_HOME"] = str(home)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("PACTDESK_HOME", None)
        else:
            os.environ["PACTDESK_HOME"] = before


def new_full_draft(path: Path, *, member_state: str = "PL", language: str = "pl") -> Draft:
    draft = Draft.create(
        path,
        framework=shipped_framework("pact-2010"),
        framework_raw=shipped_framework_bytes("pact-2010"),
        member_state=member_state,
        cycle=2010,
        language=language,
        author="Test Official",
    )
    draft.save_many(full_items(draft.framework), author="Test Official")
    return draft


def make_signed_draft(
    folder: Path, *, sign_via_request: bool = True, signature_form: str = "cades"
) -> SignedDraft:
    """A full draft with three sign-offs by three officials of one CA, and a submitter.

    ``signature_form`` is set before the first sign-off ("cades" or "xades").

    With ``sign_via_request``, the head of unit signs through a sign-off
    request (exported, signed as on another computer, imported back).
    """
    folder.mkdir(parents=True, exist_ok=True)
    ca = make_ca()
    ca_pem = folder / "ca.pem"
    ca_pem.write_bytes(ca.certificate.public_bytes(serialization.Encoding.PEM))
    officials = [
        make_official("Anna Żółkiewska", organisation="Ministerstwo Pracy"),
        make_official("Jan Kowalski-Wiśniewski"),
        make_official("Ελένη Παπαδοπούλου", email="eleni@msw.example.pl"),
    ]
    submitter = make_official(
        "Zofia Krajowa", organisation="Krajowy Punkt Kontaktowy", email="kpk@msw.example.pl"
    )
    path = folder / "contribution.pactdesk"
    draft = new_full_draft(path)
    try:
        if signature_form != "cades":
            from pactdesk.services.signature_form import set_signature_form

            set_signature_form(draft, signature_form)
        sign_off_roles.set_role(draft, "author", required=False)
        sign_off_roles.set_role(draft, "head-of-unit", required=True)
        for official, role in zip(officials, ROLES, strict=True):
            if role == "head-of-unit" and sign_via_request:
                sign_through_request(draft, official, role, folder)
            else:
                sign_offs.sign(draft, signer_of(official), role)
    finally:
        draft.close()
    return SignedDraft(path, ca_pem, officials, submitter)


def sign_through_request(draft: Draft, official: Official, role: str, folder: Path) -> None:
    """Export a sign-off request, sign it 'on another computer', import the response back.

    The request and the response travel as files, as they would by e-mail.
    """
    from pactdesk.signing import request as request_file

    request_path = folder / f"request-{role}.pdsignreq"
    response_path = folder / f"signed-{role}.pdsignresp"
    request_path.write_bytes(sign_off_requests.export_request(draft, made_by="Test Coordinator"))
    # On the other computer: only the request file and the official's identity.
    request = request_file.read_request(request_path.read_bytes())
    response_path.write_bytes(request_file.sign_request(request, signer_of(official), role))
    made = sign_off_requests.import_response(draft, response_path.read_bytes())
    assert made.holds and made.source == "sign-off request"


def run_bundle(
    signed: SignedDraft, out: Path, *extra: str, monkeypatch: object | None = None
) -> int:
    """``pactdesk bundle`` in this process, the submitter's passphrase from the environment."""
    os.environ[SUBMITTER_PASSPHRASE_ENV] = signed.submitter.passphrase
    try:
        return cli_main(
            [
                "bundle",
                str(signed.path),
                str(out),
                "--identity",
                signed.submitter.id,
                "--passphrase-env",
                SUBMITTER_PASSPHRASE_ENV,
                *extra,
            ]
        )
    finally:
        os.environ.pop(SUBMITTER_PASSPHRASE_ENV, None)


def members(raw: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rezip(entries: list[tuple[str, bytes]]) -> bytes:
    """A well-formed ZIP (mimetype stored first) of ``entries``, as a tamperer would make it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_STORED
            archive.writestr(info, data)
    return buffer.getvalue()


def replace_member(raw: bytes, name: str, data: bytes) -> bytes:
    return rezip([(i.filename, data if i.filename == name else d) for i, d in members(raw)])
