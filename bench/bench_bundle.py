"""Bundle and verify benchmarks: a full draft, three sign-offs and the submitter's signature.

Run:  .venv/bin/python bench/bench_bundle.py

Set-up (not timed): a throw-away PACTDESK_HOME with a sign-off CA, three
officials and a submitter (EC P-256 keys), a full draft
(pactdesk.testing.samples: every field ~400 words in several EU languages)
and three sign-offs.  Timed:

* bundle, in-process: ``make_bundle`` + writing the file — canonical JSON,
  XLSX, final PDF, its PAdES signature, the final manifest and CAdES
  signature; the bundle holds four CAdES signatures.  The submitter's key is
  opened before the clock starts.  Bar: <= 2.0 s.
* verify, in-process: ``verify_bundle`` with the CA as trust anchor.  Bar:
  <= 0.2 s.
* both as whole processes: ``python -m pactdesk bundle …`` (this includes
  opening the encrypted key: PBKDF2 with 600,000 iterations) and
  ``python -m pactdesk verify … --trust ca.pem``.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

BUNDLE_RUNS = 5
VERIFY_RUNS = 20
PROCESS_RUNS = 3
PASSPHRASE_ENV = "PACTDESK_BENCH_PASSPHRASE"


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="pactdesk-bench-bundle-"))
    os.environ["PACTDESK_HOME"] = str(home)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

    from cryptography.hazmat.primitives import serialization

    from pactdesk.frameworks import shipped_framework, shipped_framework_bytes
    from pactdesk.services import identities as identity_service
    from pactdesk.services import sign_off_roles, sign_offs
    from pactdesk.services.drafts import Draft
    from pactdesk.signing import authority, identities
    from pactdesk.testing.samples import full_items

    # -- set-up, not timed: keys, identities, a full draft, three sign-offs
    ca_passphrase = "bench CA passphrase"
    ca = authority.create_ca(name="Bench Sign-off CA", passphrase=ca_passphrase)
    ca_pem = home / "ca.pem"
    ca_pem.write_bytes(ca.certificate.public_bytes(serialization.Encoding.PEM))
    people = []
    for name in ("Anna Żółkiewska", "Jan Kowalski", "Ελένη Παπαδοπούλου", "Zofia Krajowa"):
        passphrase = f"passphrase of {name}"
        identity, _ = identities.create_identity(
            name=name,
            organisation="Ministerstwo",
            email="x@msw.example.pl",
            passphrase=passphrase,
        )
        identity_service.issue_for_identity(identity.id, ca_passphrase=ca_passphrase)
        people.append((identity.id, passphrase))
    signers = [identities.load_signer(i, p) for i, p in people]

    path = home / "full.pactdesk"
    framework = shipped_framework("pact-2010")
    draft = Draft.create(
        path,
        framework=framework,
        framework_raw=shipped_framework_bytes("pact-2010"),
        member_state="PL",
        cycle=2010,
        language="pl",
        author="bench",
    )
    draft.save_many(full_items(framework), author="bench")
    sign_off_roles.set_role(draft, "author", required=False)
    sign_off_roles.set_role(draft, "head-of-unit", required=True)
    for signer, role in zip(signers[:3], ("author", "head-of-unit", "approver"), strict=True):
        sign_offs.sign(draft, signer, role)

    from pactdesk.services.bundle import write_bundle
    from pactdesk.services.verify import load_trust_anchors, verify_bundle

    # -- bundle, in-process
    out = home / "PL-2010.asice"
    started = time.perf_counter()
    result = write_bundle(draft, out, signer=signers[3])
    cold_bundle = time.perf_counter() - started
    bundle_times = []
    for _ in range(BUNDLE_RUNS):
        started = time.perf_counter()
        result = write_bundle(draft, out, signer=signers[3])
        bundle_times.append(time.perf_counter() - started)
    draft.close()
    size = out.stat().st_size

    # -- verify, in-process
    trust = load_trust_anchors([ca_pem])
    started = time.perf_counter()
    report = verify_bundle(out, trust=trust)
    cold_verify = time.perf_counter() - started
    assert report.valid, report.problems
    verify_times = []
    for _ in range(VERIFY_RUNS):
        started = time.perf_counter()
        verify_bundle(out, trust=trust)
        verify_times.append(time.perf_counter() - started)

    # -- whole processes
    env = dict(os.environ)
    env[PASSPHRASE_ENV] = people[3][1]
    bundle_process = []
    for index in range(PROCESS_RUNS):
        target = home / f"process-{index}.asice"
        started = time.perf_counter()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pactdesk",
                "bundle",
                str(path),
                str(target),
                "--identity",
                people[3][0],
                "--passphrase-env",
                PASSPHRASE_ENV,
            ],
            env=env,
            capture_output=True,
            text=True,
            cwd=REPO,
        )
        bundle_process.append(time.perf_counter() - started)
        assert done.returncode == 0, done.stderr
    verify_process = []
    for _ in range(PROCESS_RUNS):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "pactdesk", "verify", str(out), "--trust", str(ca_pem)],
            env=env,
            capture_output=True,
            text=True,
            cwd=REPO,
        )
        verify_process.append(time.perf_counter() - started)
        assert done.returncode == 0, done.stderr
    started = time.perf_counter()
    identities.load_signer(*people[3])
    open_key = time.perf_counter() - started
    # The first verify of a fresh process, imports included (what the window's
    # verify dialog pays the first time): measured inside that process.
    probe = (
        "import time, sys; from pathlib import Path; t = time.perf_counter(); "
        "from pactdesk.services.verify import verify_bundle, load_trust_anchors; "
        "r = verify_bundle(Path(sys.argv[1]), trust=load_trust_anchors([Path(sys.argv[2])])); "
        "assert r.valid; print(time.perf_counter() - t)"
    )
    fresh = []
    for _ in range(PROCESS_RUNS):
        done = subprocess.run(
            [sys.executable, "-c", probe, str(out), str(ca_pem)],
            env=env,
            capture_output=True,
            text=True,
            cwd=REPO,
            check=True,
        )
        fresh.append(float(done.stdout.strip()))

    bundle_median = statistics.median(bundle_times)
    verify_median = statistics.median(verify_times)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, "
        f"Python {platform.python_version()}"
    )
    print(
        f"bundle: {size / 1024:.0f} KiB, {len(result.members) + 1} entries, "
        f"{result.sign_offs} sign-offs + the submitter's signature (4 CAdES) + PAdES"
    )
    print(
        f"bundle in-process   median {fmt(bundle_median)}  (first, with imports "
        f"{fmt(cold_bundle)})  bar 2000 ms: {'met' if bundle_median <= 2.0 else 'NOT met'}"
    )
    print(
        f"verify in-process   median {fmt(verify_median)}  (first, with imports "
        f"{fmt(cold_verify)})  bar  200 ms: {'met' if verify_median <= 0.2 else 'NOT met'}"
    )
    print(
        f"bundle whole process median {fmt(statistics.median(bundle_process))}  "
        f"(of which opening the encrypted key ~{fmt(open_key).strip()})"
    )
    print(
        f"verify whole process median {fmt(statistics.median(verify_process))}  "
        f"(first call in a fresh process, imports included: "
        f"{fmt(statistics.median(fresh)).strip()})"
    )
    return 0 if bundle_median <= 2.0 and verify_median <= 0.2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
