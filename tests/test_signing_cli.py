"""The signing commands as a script or an official runs them, each in its own process."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from pactdesk.services.drafts import Draft
from tests.helpers import CLEAR_KEY_MARKERS, openssl_cms_verify, run_cli
from tests.signing_support import files_under

ACTIONS = "commitment/I.a/actions_undertaken"
SECRETS = {
    "CA_PW": "ca-passphrase-Ω-0001",
    "ZOFIA_PW": "zofia-passphrase-ż-0002",
    "JAN_PW": "jan-passphrase-ж-0003",
    "GEORGE_PW": "george-passphrase-λ-0004",
}


class Computer:
    """One computer: its own PactDesk home, the keyring refused (conftest), no terminal."""

    def __init__(self, home: Path) -> None:
        self.home = home

    def run(self, *args: str | Path, code: int = 0) -> subprocess.CompletedProcess[str]:
        env = {"PACTDESK_HOME": str(self.home), **SECRETS}
        result = run_cli(*args, env=env)
        assert result.returncode == code, (args, result.stdout, result.stderr)
        return result

    def last_line(self, *args: str | Path) -> str:
        return self.run(*args).stdout.strip().splitlines()[-1]


def _edit(path: Path, text: str) -> None:
    with Draft.open(path) as draft:
        draft.save(ACTIONS, text, author="Anna Editor")


def test_ca_identities_sign_and_status_end_to_end(tmp_path: Path) -> None:
    coordinator = Computer(tmp_path / "coordinator")
    remote = Computer(tmp_path / "remote")
    out = tmp_path / "out"
    out.mkdir()
    draft = out / "pl.pactdesk"

    coordinator.run("ca", "create", "--name", "MSW Sign-off CA", "--passphrase-env", "CA_PW")
    coordinator.run("ca", "export", out / "ca.pem")
    assert (out / "ca.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    zofia = coordinator.last_line(
        "identity",
        "create",
        "--name",
        "Zofia Żółkiewska",
        "--organisation",
        "MSW",
        "--email",
        "zofia@msw.example.pl",
        "--issue-now",
        "--passphrase-env",
        "ZOFIA_PW",
        "--ca-passphrase-env",
        "CA_PW",
    )
    jan = coordinator.last_line(
        "identity",
        "create",
        "--name",
        "Jan Kowalski",
        "--organisation",
        "MSW",
        "--email",
        "jan@msw.example.pl",
        "--passphrase-env",
        "JAN_PW",
        "--ca-passphrase-env",
        "CA_PW",
    )
    # Another computer without the CA: a certificate request, issued by the coordinator.
    csr = out / "george.csr"
    george = remote.last_line(
        "identity",
        "create",
        "--name",
        "Γιώργος Παπαδόπουλος",
        "--organisation",
        "ΥΠΕΣ",
        "--email",
        "george@ypes.example.gr",
        "--request-out",
        csr,
        "--passphrase-env",
        "GEORGE_PW",
    )
    assert csr.read_bytes().startswith(b"-----BEGIN CERTIFICATE REQUEST-----")
    coordinator.run("ca", "issue", csr, "--out", out / "george.pem", "--passphrase-env", "CA_PW")
    assert remote.last_line("identity", "install", out / "george.pem") == george
    listed = json.loads(remote.run("identity", "list", "--json").stdout)
    assert [(i["id"], i["ready"], i["issuer"]) for i in listed] == [
        (george, True, "MSW Sign-off CA")
    ]

    coordinator.run("new", draft, "--member-state", "PL", "--cycle", "2010")
    _edit(draft, "Ustawa o cudzoziemcach.")
    coordinator.run("sign-off-roles", draft, "--optional", "reviewer")
    coordinator.run(
        "sign", draft, "--identity", jan, "--role", "reviewer", "--passphrase-env", "JAN_PW"
    )
    refused = coordinator.run(
        "sign", draft, "--identity", jan, "--role", "approver", "--passphrase-env", "JAN_PW", code=2
    )
    assert "one identity signs at most one role" in refused.stderr.splitlines()[0]
    coordinator.run(
        "sign", draft, "--identity", zofia, "--role", "approver", "--passphrase-env", "ZOFIA_PW"
    )
    status = json.loads(coordinator.run("status", draft, "--json", code=1).stdout)["sign_offs"]
    assert status["complete"] and status["missing_roles"] == []
    assert [(s["role"], s["signer"], s["holds"]) for s in status["sign_offs"]] == [
        ("reviewer", "Jan Kowalski", True),
        ("approver", "Zofia Żółkiewska", True),
    ]

    # An edit after the sign-offs: status shows them outdated and the approver missing.
    _edit(draft, "Ustawa o cudzoziemcach — poprawiona.")
    text = coordinator.run("status", draft, code=1).stdout
    assert "approver: Zofia Żółkiewska" in text and "OUTDATED" in text
    assert "Missing sign-offs: approver (outdated)" in text
    status = json.loads(coordinator.run("status", draft, "--json", code=1).stdout)["sign_offs"]
    assert not status["complete"] and status["missing_roles"] == ["approver"]
    assert [s["holds"] for s in status["sign_offs"]] == [False, False]

    # No private key in clear, no passphrase, in any file the program wrote.
    for path in files_under(coordinator.home, remote.home, out):
        data = path.read_bytes()
        assert not any(m in data for m in CLEAR_KEY_MARKERS), path
        for secret in SECRETS.values():
            assert secret.encode("utf-8") not in data, path


def test_passphrases_are_never_arguments_and_no_keyring_is_said_plainly(tmp_path: Path) -> None:
    computer = Computer(tmp_path / "home")
    bad = computer.run("ca", "create", "--name", "X", "--passphrase", "secret", code=2)
    assert "unrecognized arguments" in bad.stderr
    # The passphrase typed where the variable's name goes is refused and never echoed.
    typo = computer.run("ca", "create", "--name", "X", "--passphrase-env", "my secret pw", code=2)
    assert "NAME of an environment variable" in typo.stderr and "my secret" not in typo.stderr
    # No secure keyring, no terminal, no variable: said once, then a clear refusal.
    refused = computer.run("ca", "create", "--name", "X", code=2)
    lines = refused.stderr.splitlines()
    assert sum("No secure keyring is usable" in line for line in lines) == 1
    assert "--passphrase-env" in refused.stderr
    assert not (computer.home / "data" / "ca").exists()  # nothing written


def test_identity_import_from_pkcs12(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from pactdesk.signing import certificates

    ca_key = certificates.new_key()
    ca_cert = certificates.build_ca_certificate(ca_key, name="Ministry PKI")
    key = certificates.new_key()
    cert = certificates.issue_certificate(
        ca_key,
        ca_cert,
        certificates.build_request(key, name="Ana", organisation="MVR", email="ana@mvr.bg"),
    )
    p12 = tmp_path / "ana.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"ana",
            key,
            cert,
            [ca_cert],
            serialization.BestAvailableEncryption(SECRETS["JAN_PW"].encode()),
        )
    )
    computer = Computer(tmp_path / "home")
    identity = computer.last_line("identity", "import", p12, "--passphrase-env", "JAN_PW")
    assert len(identity) == 16
    wrong = computer.run("identity", "import", p12, "--passphrase-env", "ZOFIA_PW", code=2)
    assert "password" in wrong.stderr.splitlines()[0]


def test_sign_request_through_the_command_line_verifies_with_openssl(tmp_path: Path) -> None:
    coordinator = Computer(tmp_path / "coordinator")
    remote = Computer(tmp_path / "remote")
    out = tmp_path / "out"
    out.mkdir()
    draft = out / "pl.pactdesk"
    coordinator.run("ca", "create", "--name", "MSW Sign-off CA", "--passphrase-env", "CA_PW")
    coordinator.run("ca", "export", out / "ca.pem")
    george = remote.last_line(
        "identity",
        "create",
        "--name",
        "Γιώργος Παπαδόπουλος",
        "--organisation",
        "ΥΠΕΣ",
        "--email",
        "george@ypes.example.gr",
        "--request-out",
        out / "g.csr",
        "--passphrase-env",
        "GEORGE_PW",
    )
    coordinator.run(
        "ca", "issue", out / "g.csr", "--out", out / "g.pem", "--passphrase-env", "CA_PW"
    )
    remote.run("identity", "install", out / "g.pem")
    coordinator.run("new", draft, "--member-state", "PL", "--cycle", "2010")
    _edit(draft, "Ustawa o cudzoziemcach.")

    coordinator.run("sign-request", "export", draft, out / "req.pdsignreq")
    shown = remote.run("sign-request", "show", out / "req.pdsignreq", "--pdf", out / "read.pdf")
    assert "approver (required): open" in shown.stdout
    assert (out / "read.pdf").read_bytes().startswith(b"%PDF-")
    remote.run(
        "sign-request",
        "sign",
        out / "req.pdsignreq",
        "--identity",
        george,
        "--role",
        "approver",
        "--out",
        out / "george.pdsignoff",
        "--passphrase-env",
        "GEORGE_PW",
    )
    coordinator.run("sign-request", "import", draft, out / "george.pdsignoff")
    status = json.loads(coordinator.run("status", draft, "--json", code=1).stdout)["sign_offs"]
    assert status["complete"]

    if shutil.which("openssl") and shutil.which("unzip"):
        work = out / "unzipped"
        subprocess.run(["unzip", "-q", out / "george.pdsignoff", "-d", work], check=True)
        result = openssl_cms_verify("signature.p7s", "manifest.xml", out / "ca.pem", cwd=work)
        assert result.returncode == 0, result.stderr

    # An edit outdates the sign-off; a new request is exported, but the draft is
    # edited again before the signed request comes back: refused, exit 2 (bad input).
    _edit(draft, "Ustawa o cudzoziemcach — zmieniona.")
    coordinator.run("sign-request", "export", draft, out / "req2.pdsignreq")
    _edit(draft, "Ustawa o cudzoziemcach — zmieniona znowu.")
    remote.run(
        "sign-request",
        "sign",
        out / "req2.pdsignreq",
        "--identity",
        george,
        "--role",
        "approver",
        "--out",
        out / "late.pdsignoff",
        "--passphrase-env",
        "GEORGE_PW",
    )
    late = coordinator.run("sign-request", "import", draft, out / "late.pdsignoff", code=2)
    assert "no longer matches the current content" in late.stderr.splitlines()[0]
