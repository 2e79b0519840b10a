"""Sign-off benchmarks on a full draft: sign, status with sign-offs, requests, the CLI.

Run:  .venv/bin/python bench/bench_signoff.py

Everything happens under a temporary PACTDESK_HOME with keyring's refusing
backend (no passphrase is stored anywhere); passphrases come from the
environment.  A "full draft" is pactdesk.testing.samples.full_items: every
field with about 400 words.  Figures are medians of several runs.
"""

from __future__ import annotations

import io
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

RUNS = 7


def median_time(fn, runs: int = RUNS) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def tiny_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "bench")
    page.save()
    return buffer.getvalue()


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="pactdesk-bench-signoff-"))
    os.environ["PACTDESK_HOME"] = str(work / "home")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    from bench_core import make_full_draft  # type: ignore[import-not-found]

    from pactdesk.services import identities as identity_service
    from pactdesk.services import sign_off_preview, sign_off_requests, sign_off_roles, sign_offs
    from pactdesk.services.drafts import Draft
    from pactdesk.signing import authority, identities

    ca_pw, pw = "bench CA passphrase", "bench identity passphrase"
    authority.create_ca(name="Bench CA", passphrase=ca_pw)
    people = []
    for index in range(8):
        identity, _csr = identities.create_identity(
            name=f"Official {index}",
            organisation="Bench",
            email=f"o{index}@bench.example",
            passphrase=pw,
        )
        people.append(identity_service.issue_for_identity(identity.id, ca_passphrase=ca_pw))
    path = make_full_draft(work)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    with Draft.open(path) as draft:
        roles = [f"role-{i}" for i in range(8)]
        sign_off_roles.configure_roles(draft, require=roles)
        content, _digest = sign_offs.current_content(draft)
        print(
            f"full draft: revision {draft.head().revision}, canonical JSON {len(content):,} bytes"
        )

        t_load = median_time(lambda: identities.load_signer(people[0].id, pw))
        print(f"open a key (PBKDF2 600k)           {t_load * 1000:8.1f} ms")
        t_canon = median_time(lambda: sign_offs.current_content(draft))
        print(f"canonical JSON + SHA-256           {t_canon * 1000:8.1f} ms")
        t_preview = median_time(lambda: sign_off_preview.preview(draft))
        print(f"signing dialog's readable preview  {t_preview * 1000:8.1f} ms")

        times = []
        for person, role in zip(people[:4], roles[:4], strict=True):
            start = time.perf_counter()
            sign_offs.sign(draft, identities.load_signer(person.id, pw), role)
            times.append(time.perf_counter() - start)
        print(
            f"sign (open key + manifest + CAdES + store), median of 4: "
            f"{statistics.median(times) * 1000:8.1f} ms"
        )
        t_summary = median_time(lambda: sign_offs.summary(draft))
        print(f"summary with 4 sign-offs (status)  {t_summary * 1000:8.1f} ms")
        t_export = median_time(
            lambda: sign_off_requests.export_request(draft, made_by="b", pdf=tiny_pdf())
        )
        print(f"sign-request export (tiny PDF)     {t_export * 1000:8.1f} ms")

    env = dict(os.environ, PW=pw)
    cli = [sys.executable, "-m", "pactdesk"]
    times = []
    for person, role in zip(people[4:8], roles[4:8], strict=True):
        start = time.perf_counter()
        subprocess.run(
            [
                *cli,
                "sign",
                str(path),
                "--identity",
                person.id,
                "--role",
                role,
                "--passphrase-env",
                "PW",
            ],
            env=env,
            check=True,
            capture_output=True,
            stdin=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - start)
    print(f"`pactdesk sign` whole process, median of 4: {statistics.median(times):6.2f} s")
    start = time.perf_counter()
    subprocess.run(
        [*cli, "status", str(path)], env=env, capture_output=True, stdin=subprocess.DEVNULL
    )
    print(
        f"`pactdesk status` with 8 sign-offs, whole process: {time.perf_counter() - start:6.2f} s"
    )


if __name__ == "__main__":
    main()
