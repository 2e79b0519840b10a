"""``ca``, ``identity``, ``sign``, ``sign-request``, ``sign-off-roles``.

Every action is one call of :mod:`pactdesk.services.identities` (the
command layer the window shares); passphrases follow its one policy
(:mod:`pactdesk.services.passphrases`): never arguments; from the keyring,
else the terminal, or the environment variable named by ``--passphrase-env
VAR`` (scripts); kept in the keyring only with ``--remember-passphrase`` or
a yes at the terminal.  Where no secure keyring is usable, the command says
so once and asks.  Refusals become exit codes in :mod:`pactdesk.cli.errors`.

``identity create``, ``identity install`` and ``identity import`` print the
identity's id as their last line, so that scripts can take it with
``tail -n 1``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pactdesk.cli import CommandError
from pactdesk.cli.draft_commands import open_draft
from pactdesk.cli.errors import refusing
from pactdesk.cli.prompts import asker_for, passphrase_option


def register(sub: Any) -> None:
    ca = sub.add_parser(
        "ca", allow_abbrev=False, help="the ministry's sign-off certificate authority"
    )
    ca_sub = ca.add_subparsers(dest="ca_command", metavar="ACTION", required=True)
    create = ca_sub.add_parser(
        "create", allow_abbrev=False, help="make the CA on this computer (the coordinator's)"
    )
    create.add_argument("--name", required=True, help="e.g. 'Ministry of the Interior sign-off CA'")
    create.add_argument("--organisation", default="")
    create.add_argument(
        "--crl-url",
        default="",
        metavar="URL",
        help="where you will publish the revocation list (http://… or file:///…); named in "
        "every certificate the CA issues (default: the file: URL of the CA's folder here)",
    )
    passphrase_option(create, "the new CA passphrase")
    create.set_defaults(handler=cmd_ca_create)
    export = ca_sub.add_parser(
        "export", allow_abbrev=False, help="write the CA certificate (PEM) for recipients"
    )
    export.add_argument("out", type=Path, metavar="OUT.pem")
    export.set_defaults(handler=cmd_ca_export)
    issue = ca_sub.add_parser(
        "issue", allow_abbrev=False, help="issue a certificate for an official's request"
    )
    issue.add_argument("request", type=Path, metavar="REQUEST")
    issue.add_argument("--out", required=True, type=Path, metavar="CERT")
    passphrase_option(issue, "the CA passphrase")
    issue.set_defaults(handler=cmd_ca_issue)
    revoke = ca_sub.add_parser(
        "revoke",
        allow_abbrev=False,
        help="revoke a certificate the CA issued (and issue a new revocation list)",
    )
    revoke.add_argument("cert", type=Path, metavar="CERT.pem")
    revoke.add_argument(
        "--reason",
        default="unspecified",
        metavar="REASON",
        help="why, in RFC 5280's words: keyCompromise, affiliationChanged, superseded, "
        "cessationOfOperation, privilegeWithdrawn, certificateHold, cACompromise, "
        "unspecified (the default)",
    )
    passphrase_option(revoke, "the CA passphrase")
    revoke.set_defaults(handler=cmd_ca_revoke)
    crl = ca_sub.add_parser(
        "crl", allow_abbrev=False, help="issue the CA's revocation list (DER) to a file"
    )
    crl.add_argument("out", type=Path, metavar="OUT.crl")
    passphrase_option(crl, "the CA passphrase")
    crl.set_defaults(handler=cmd_ca_crl)
    location = ca_sub.add_parser(
        "crl-location",
        allow_abbrev=False,
        help="show or set where the revocation list is published (named in new certificates)",
    )
    location.add_argument("url", nargs="?", metavar="URL")
    location.set_defaults(handler=cmd_ca_crl_location)

    identity = sub.add_parser(
        "identity", allow_abbrev=False, help="signing identities on this computer"
    )
    id_sub = identity.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    new = id_sub.add_parser(
        "create",
        allow_abbrev=False,
        help="a new key for an official; issued at once by this computer's CA, "
        "else a certificate request for the coordinator",
    )
    new.add_argument("--name", required=True)
    new.add_argument("--organisation", required=True)
    new.add_argument("--email", required=True)
    new.add_argument(
        "--issue-now",
        action="store_true",
        help="require issuing by this computer's CA now (fails if there is none here)",
    )
    new.add_argument(
        "--request-out",
        type=Path,
        metavar="FILE",
        help="where to write the certificate request (default: NAME.csr here)",
    )
    passphrase_option(new, "the new identity's passphrase")
    new.add_argument(
        "--ca-passphrase-env",
        metavar="VAR",
        help="the environment variable holding the CA passphrase (with a CA here)",
    )
    new.set_defaults(handler=cmd_identity_create)
    install = id_sub.add_parser(
        "install", allow_abbrev=False, help="install the certificate the CA issued"
    )
    install.add_argument("cert", type=Path, metavar="CERT")
    install.set_defaults(handler=cmd_identity_install)
    imp = id_sub.add_parser(
        "import", allow_abbrev=False, help="take an identity from a PKCS#12 (.p12) file"
    )
    imp.add_argument("p12", type=Path, metavar="FILE.p12")
    passphrase_option(imp, "the PKCS#12 file's password (it becomes the passphrase)")
    imp.set_defaults(handler=cmd_identity_import)
    lst = id_sub.add_parser("list", allow_abbrev=False, help="the identities on this computer")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_identity_list)

    sign = sub.add_parser(
        "sign", allow_abbrev=False, help="sign off the contribution at its current revision"
    )
    sign.add_argument("draft", type=Path, metavar="DRAFT")
    sign.add_argument("--identity", required=True, metavar="ID")
    sign.add_argument("--role", required=True, metavar="ROLE")
    passphrase_option(sign, "the identity's passphrase")
    sign.set_defaults(handler=cmd_sign)

    request = sub.add_parser(
        "sign-request", allow_abbrev=False, help="a sign-off by someone on another computer"
    )
    req_sub = request.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    rexport = req_sub.add_parser(
        "export", allow_abbrev=False, help="the exact content to sign, with a PDF to read"
    )
    rexport.add_argument("draft", type=Path, metavar="DRAFT")
    rexport.add_argument("out", type=Path, metavar="OUT")
    rexport.add_argument("--author", help="who sends the request (default: the profile)")
    rexport.set_defaults(handler=cmd_request_export)
    rshow = req_sub.add_parser(
        "show", allow_abbrev=False, help="what a request asks to sign; --pdf writes its PDF"
    )
    rshow.add_argument("file", type=Path, metavar="FILE")
    rshow.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the PDF to read")
    rshow.set_defaults(handler=cmd_request_show)
    rsign = req_sub.add_parser(
        "sign", allow_abbrev=False, help="sign a request with an identity on this computer"
    )
    rsign.add_argument("file", type=Path, metavar="FILE")
    rsign.add_argument("--identity", required=True, metavar="ID")
    rsign.add_argument("--role", required=True, metavar="ROLE")
    rsign.add_argument("--out", required=True, type=Path, metavar="SIG")
    passphrase_option(rsign, "the identity's passphrase")
    rsign.set_defaults(handler=cmd_request_sign)
    rimport = req_sub.add_parser(
        "import", allow_abbrev=False, help="record a signed request in the draft"
    )
    rimport.add_argument("draft", type=Path, metavar="DRAFT")
    rimport.add_argument("sig", type=Path, metavar="SIG")
    rimport.set_defaults(handler=cmd_request_import)

    roles = sub.add_parser(
        "sign-off-roles", allow_abbrev=False, help="list or change the contribution's roles"
    )
    roles.add_argument("draft", type=Path, metavar="DRAFT")
    roles.add_argument(
        "--require",
        action="append",
        default=[],
        metavar="ROLE",
        help="add a required role (or make a role required)",
    )
    roles.add_argument(
        "--optional",
        action="append",
        default=[],
        metavar="ROLE",
        help="add an optional role (or make a role optional)",
    )
    roles.add_argument("--remove", action="append", default=[], metavar="ROLE")
    roles.add_argument(
        "--order",
        metavar="ROLE,ROLE,…",
        help="the order the roles sign in: every role, once each, separated by commas",
    )
    roles.set_defaults(handler=cmd_roles)

    form = sub.add_parser(
        "signature-form",
        allow_abbrev=False,
        help="show or choose the form of the sign-offs and the bundle: cades (the default) "
        "or xades; chosen before the first sign-off",
    )
    form.add_argument("draft", type=Path, metavar="DRAFT")
    form.add_argument("form", nargs="?", choices=("cades", "xades"), metavar="cades|xades")
    form.set_defaults(handler=cmd_signature_form)


# -- small helpers ----------------------------------------------------------------------


def _read(path: Path, what: str) -> bytes:
    from pactdesk.domain import limits
    from pactdesk.fileio import read_input

    kind = {
        "sign-off request": limits.SIGN_OFF_REQUEST,
        "signed sign-off": limits.SIGN_OFF_ANSWER,
    }.get(what) or limits.FileKind(f"a {what}", limits.CERTIFICATE.max_bytes)
    if not path.exists() and not path.is_symlink():
        raise CommandError(2, f"There is no {what} at {path}.")
    with refusing():
        return read_input(path, kind)


def _write(
    path: Path, data: bytes, *, draft: Path | None = None, reads: Sequence[Path] = ()
) -> None:
    """Write a file the user named: never over the draft or an input (:mod:`pactdesk.outputs`)."""
    from pactdesk.outputs import write_output

    write_output(path, data, draft=draft, reads=reads)


def _check_out(path: Path, *, draft: Path | None = None, reads: Sequence[Path] = ()) -> None:
    """Refuse a bad output before any work is done or a passphrase asked."""
    from pactdesk.outputs import check_output

    check_output(path, draft=draft, reads=reads)


def _kept(kept: bool) -> str:
    from pactdesk.services.passphrases import kept_sentence

    return kept_sentence(kept)


# -- ca ------------------------------------------------------------------------------------


def cmd_ca_create(args: argparse.Namespace) -> int:
    from pactdesk.services import identities

    ca, kept = identities.create_ca(
        name=args.name,
        organisation=args.organisation,
        crl_url=args.crl_url,
        asker=asker_for(args),
        env_var=args.passphrase_env,
    )
    print(f"Made the sign-off CA '{ca.name}' on this computer; its key is kept encrypted.")
    print(_kept(kept))
    print("Give recipients its certificate: pactdesk ca export OUT.pem")
    print(ca.id)
    return 0


def cmd_ca_export(args: argparse.Namespace) -> int:
    from pactdesk.services import identities

    ca = identities.require_ca()
    _write(args.out, ca.pem())
    print(f"Wrote the certificate of '{ca.name}' to {args.out}.")
    return 0


def cmd_ca_issue(args: argparse.Namespace) -> int:
    from pactdesk.services import identities

    _check_out(args.out, reads=[args.request])
    raw = _read(args.request, "certificate request")
    issued = identities.issue_certificate(raw, asker=asker_for(args), env_var=args.passphrase_env)
    _write(args.out, issued.file, reads=[args.request])
    person = issued.person
    print(
        f"Issued a signing certificate for {person.name} ({person.organisation}, "
        f"{person.email}) to {args.out}; they install it with: pactdesk identity install CERT"
    )
    return 0


def cmd_ca_revoke(args: argparse.Namespace) -> int:
    from pactdesk.services import identities

    raw = _read(args.cert, "certificate")
    with refusing():
        done = identities.revoke_certificate(
            raw, reason=args.reason, asker=asker_for(args), env_var=args.passphrase_env
        )
    person = done.person
    print(
        f"Revoked the certificate of {person.name} ({person.email}, serial {done.serial:x}) "
        f"since {done.revoked_at:%Y-%m-%d %H:%M} UTC, reason {done.reason}."
    )
    print(
        f"Issued revocation list number {done.crl_number}; publish it with: pactdesk ca crl OUT.crl"
    )
    return 0


def cmd_ca_crl(args: argparse.Namespace) -> int:
    from pactdesk.services import identities

    ca = identities.require_ca()
    _check_out(args.out)
    made = identities.issue_crl(asker=asker_for(args), env_var=args.passphrase_env)
    _write(args.out, made.der)
    count = made.revoked
    until = f", current until {made.next_update:%Y-%m-%d}" if made.next_update else ""
    print(
        f"Wrote revocation list number {made.number} of '{ca.name}' to "
        f"{args.out}: {count} revoked certificate{'s' if count != 1 else ''}{until}."
    )
    print(f"Publish it where certificates say it is: {ca.crl_url}")
    return 0


def cmd_ca_crl_location(args: argparse.Namespace) -> int:
    from pactdesk.services import identities

    ca = identities.set_crl_url(args.url) if args.url else identities.require_ca()
    print(f"Revocation list location (named in certificates issued from now on): {ca.crl_url}")
    return 0


# -- identity -------------------------------------------------------------------------------


def cmd_identity_create(args: argparse.Namespace) -> int:
    from pactdesk.services import identities

    ca = identities.load_ca()
    if args.issue_now and ca is None:
        raise CommandError(
            2, "There is no sign-off CA on this computer to issue the certificate now."
        )
    if args.request_out is not None and args.request_out.exists():
        raise CommandError(2, f"{args.request_out} already exists; PactDesk will not overwrite it.")
    if args.request_out is not None:
        _check_out(args.request_out)
    made = identities.create_identity(
        name=args.name,
        organisation=args.organisation,
        email=args.email,
        asker=asker_for(args),
        env_var=args.passphrase_env,
        ca_env_var=args.ca_passphrase_env,
    )
    identity = made.identity
    print(f"Made a signing key for {identity.name}; it is kept encrypted on this computer.")
    print(made.kept_sentence)
    if made.issued_by:
        print(f"Issued its certificate with the CA '{made.issued_by}': ready to sign.")
    else:
        target = args.request_out or Path(f"{_file_stem(identity.name)}-{identity.id[:8]}.csr")
        _write(target, made.request)
        print(
            f"Wrote the certificate request to {target}: send it to your coordinator, "
            "then install what comes back with: pactdesk identity install CERT"
        )
    print(identity.id)
    return 0


def _file_stem(name: str) -> str:
    stem = "".join(c if c.isalnum() else "-" for c in name).strip("-")
    return stem or "identity"


def cmd_identity_install(args: argparse.Namespace) -> int:
    from pactdesk.services import identities

    raw = _read(args.cert, "certificate")
    identity = identities.install_certificate(raw)
    print(f"Installed the certificate of {identity.name} (issued by {identity.issuer_name}).")
    print(identity.id)
    return 0


def cmd_identity_import(args: argparse.Namespace) -> int:
    from pactdesk.services import identities

    raw = _read(args.p12, "PKCS#12 file")
    identity, kept = identities.import_pkcs12(
        raw, file_name=args.p12.name, asker=asker_for(args), env_var=args.passphrase_env
    )
    print(f"Imported {identity.name} ({identity.organisation}, {identity.email}).")
    print(_kept(kept))
    print(identity.id)
    return 0


def cmd_identity_list(args: argparse.Namespace) -> int:
    from pactdesk.services import identities as service

    identities = service.list_identities()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": i.id,
                        "name": i.name,
                        "organisation": i.organisation,
                        "email": i.email,
                        "ready": i.ready,
                        "issuer": i.issuer_name,
                        "not_after": i.not_after.isoformat() if i.not_after else None,
                        "source": i.source,
                    }
                    for i in identities
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not identities:
        print("No signing identities on this computer (pactdesk identity create makes one).")
    for i in identities:
        state = (
            f"issued by {i.issuer_name}, valid until {i.not_after:%Y-%m-%d}"
            if i.ready and i.not_after
            else "waiting for its certificate"
        )
        print(f"{i.id}  {i.name} — {i.organisation} <{i.email}> — {state}")
    ca = service.load_ca()
    if ca is not None:
        print(f"This computer holds the sign-off CA '{ca.name}'.")
    return 0


# -- sign and sign-off requests --------------------------------------------------------------


def cmd_sign(args: argparse.Namespace) -> int:
    from pactdesk.services import identities, sign_offs

    with open_draft(args.draft, write=True) as draft:
        with refusing("Nothing was signed."):
            identity = identities.get_identity(args.identity)
            # The role and the identity are checked before a passphrase is asked.
            sign_offs.check_can_sign(
                draft, identity_id=identity.id, role=args.role, signer_name=identity.name
            )
            signer = identities.open_signer(
                identity.id, asker=asker_for(args), env_var=args.passphrase_env
            )
            made = sign_offs.sign(draft, signer, args.role)
        state = sign_offs.summary(draft)
    print(
        f"{made.signer_name} signed off revision {made.revision} as {made.role} "
        f"(sign-off {made.sequence} of this revision)."
    )
    _print_missing(state)
    return 0


def _print_missing(state: Any) -> None:
    if state.missing_roles:
        print(f"Still missing: {', '.join(state.missing_roles)}.")
    else:
        print("Every required sign-off holds.")


def cmd_request_export(args: argparse.Namespace) -> int:
    from pactdesk.services import sign_off_requests
    from pactdesk.settings import default_author

    _check_out(args.out, draft=args.draft)
    with open_draft(args.draft, write=False) as draft:
        raw = sign_off_requests.export_request(draft, made_by=default_author(args.author))
        head = draft.head()
    _write(args.out, raw, draft=args.draft)
    print(
        f"Wrote the sign-off request for revision {head.revision} to {args.out}; the signer "
        "reads its PDF (pactdesk sign-request show FILE --pdf OUT.pdf) and signs it with "
        "pactdesk sign-request sign."
    )
    return 0


def _read_request(path: Path) -> Any:
    from pactdesk.services import sign_requests

    return sign_requests.read_request(_read(path, "sign-off request"))


def cmd_request_show(args: argparse.Namespace) -> int:
    if args.pdf is not None:
        _check_out(args.pdf, reads=[args.file])
    request = _read_request(args.file)
    t = request.target
    print(
        f"Sign-off request for {t.member_state}'s contribution to the {t.cycle} cycle, "
        f"revision {t.revision}, from {request.made_by or 'unknown'} ({request.made_at[:19]})."
    )
    print(f"Content SHA-256: {t.content_sha256}")
    for role in request.roles:
        state = f"signed by {role.signed_by}" if role.signed_by else "open"
        print(f"  {role.name} ({'required' if role.required else 'optional'}): {state}")
    if args.pdf is not None:
        _write(args.pdf, request.pdf, reads=[args.file])
        print(f"Wrote the contribution to read to {args.pdf}.")
    return 0


def cmd_request_sign(args: argparse.Namespace) -> int:
    from pactdesk.services import sign_requests

    _check_out(args.out, reads=[args.file])
    request = _read_request(args.file)
    t = request.target
    print(
        f"Signing {t.member_state}'s contribution to the {t.cycle} cycle, revision "
        f"{t.revision} (content SHA-256 {t.content_sha256}), as {args.role}."
    )
    with refusing("Nothing was signed."):
        raw, signer_name = sign_requests.sign_request(
            request,
            identity_id=args.identity,
            role=args.role,
            asker=asker_for(args),
            env_var=args.passphrase_env,
        )
    _write(args.out, raw, reads=[args.file])
    print(
        f"{signer_name} signed revision {t.revision} as {args.role}; "
        f"send {args.out} back to the coordinator."
    )
    return 0


def cmd_request_import(args: argparse.Namespace) -> int:
    from pactdesk.services import sign_off_requests, sign_offs

    raw = _read(args.sig, "signed sign-off")
    with open_draft(args.draft, write=True) as draft:
        # An answer that is damaged, for another draft or for an older revision is bad
        # input (2); the same answer again is no refusal (0).
        try:
            with refusing("Nothing was imported."):
                made = sign_off_requests.import_response(draft, raw)
        except CommandError as error:
            if isinstance(error.__cause__, sign_off_requests.AlreadyImported):
                print(str(error.__cause__))
                return 0
            raise
        state = sign_offs.summary(draft)
    print(f"Recorded {made.signer_name}'s sign-off as {made.role} at revision {made.revision}.")
    _print_missing(state)
    return 0


def cmd_signature_form(args: argparse.Namespace) -> int:
    from pactdesk.services.signature_form import set_signature_form, signature_form

    with open_draft(args.draft, write=args.form is not None) as draft:
        if args.form is not None:
            with refusing("Nothing was changed."):
                set_signature_form(draft, args.form)
        form = signature_form(draft)
    described = {"cades": "CAdES (ASiC manifests, .p7s)", "xades": "XAdES (signatures*.xml)"}
    print(f"Signature form: {described[form]}")
    return 0


def cmd_roles(args: argparse.Namespace) -> int:
    from pactdesk.services import sign_off_roles

    order = None if args.order is None else [n.strip() for n in args.order.split(",") if n.strip()]
    changing = bool(args.require or args.optional or args.remove or order is not None)
    with open_draft(args.draft, write=changing) as draft:
        if changing:
            with refusing("Nothing was changed."):
                sign_off_roles.configure_roles(
                    draft,
                    require=args.require,
                    optional=args.optional,
                    remove=args.remove,
                    order=order,
                )
        roles = sign_off_roles.sign_off_roles(draft)
    for role in roles:
        print(f"{role.name}: {'required' if role.required else 'optional'}")
    return 0
