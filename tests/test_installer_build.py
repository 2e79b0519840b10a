"""The Linux build: installer/build.sh makes the one-folder app, which passes its own
``--self-check``; what it kept passes openssl, pdfinfo and the built ``pactdesk verify``.

This is the slowest test of the suite (PyInstaller, about a minute on two cores);
it prints the build's time and size.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.helpers import openssl_cms_verify

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.timeout(900)
def test_the_linux_build_passes_its_self_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.fail("PyInstaller is missing from the test environment (pyproject's dev extras)")
    kept = tmp_path / "kept"
    began = time.perf_counter()
    done = subprocess.run(
        ["bash", str(ROOT / "installer" / "build.sh")],
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHON": sys.executable,
            "DIST": str(tmp_path / "dist"),
            "WORK": str(tmp_path / "work"),
            "KEEP": str(kept),
        },
        capture_output=True,
        text=True,
        check=False,
        timeout=880,
    )
    seconds = time.perf_counter() - began
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "All 13 steps passed" in done.stdout
    summary = [line for line in done.stdout.splitlines() if line.startswith("Built ")]
    assert summary and re.search(r": \d+(\.\d+)?[MG], \d+ files, in \d+ s", summary[0])
    with capsys.disabled():
        print(f"\n{summary[0]} (whole test {seconds:.0f} s)")

    app = tmp_path / "dist" / "PactDesk"
    share = app / "share"
    for name in (
        "eu.pactdesk.PactDesk.desktop",
        "eu.pactdesk.PactDesk.metainfo.xml",
        "eu.pactdesk.PactDesk.mime.xml",
        "install-desktop.sh",
        "hicolor/256x256/apps/eu.pactdesk.PactDesk.png",
    ):
        assert (share / name).is_file(), name

    # What the self-check kept, checked with tools we did not write.
    bundle, ca, pdf = kept / "self-check.asice", kept / "self-check-ca.pem", kept / "self-check.pdf"
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(unpacked)
    signatures = sorted((unpacked / "META-INF").glob("signature*.p7s"))
    assert len(signatures) == 2  # the approver's sign-off and the submitter's
    for signature in signatures:
        manifest = signature.with_name(
            signature.name.replace("signature", "ASiCManifest").replace(".p7s", ".xml")
        )
        checked = openssl_cms_verify(signature, manifest, ca, cwd=unpacked)
        assert checked.returncode == 0, checked.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False)
    assert info.returncode == 0 and re.search(r"^Pages:\s+\d+", info.stdout, re.M), info.stderr
    verified = subprocess.run(
        [str(app / "pactdesk"), "verify", str(bundle), "--trust", str(ca)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "PACTDESK_HOME": str(tmp_path / "home")},
    )
    assert verified.returncode == 0, verified.stderr
