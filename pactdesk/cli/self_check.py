"""``pactdesk --self-check [--keep DIR]``: the installed program checks itself.

For a ministry's IT after installing: it walks the whole path an official
takes — a new draft, every answer filled (in several scripts), the checks,
the four exports (the Word document read back too), the ministry's sign-off
CA, an identity, a sign-off, the submission bundle and its verification —
through the same commands a user runs, then opens the window once off
screen, and prints what it did.

It never touches the user's own settings, drafts or keyring: everything
happens in a temporary PactDesk home, the keyring is switched off for the
process (passphrases come from a variable that lives only in this process),
and the temporary folder is removed afterwards unless ``--keep DIR`` asks to
keep the outputs for inspection.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

_PASSPHRASE_VAR = "PACTDESK_SELF_CHECK_PASSPHRASE"
#: Text in the scripts officials write in: the fonts and every export must carry it.
_SAMPLE = "Self-check answer — zażółć gęślą jaźń · Ελλάδα · България · Größe · Šťastný"


class SelfCheckFailed(Exception):
    """A step did not do what it should; the message says which and why."""


@dataclass(frozen=True)
class StepResult:
    title: str
    seconds: float
    detail: str


def run(*, keep: Path | None = None, out: TextIO | None = None) -> int:
    """Run every step; print one line per step; 0 when all passed, 1 otherwise."""
    stream = out if out is not None else sys.stdout
    if keep is not None:
        problem = _unusable_keep_folder(keep)
        if problem:
            sys.stderr.write(f"pactdesk --self-check: {problem}\n")
            return 2
    work = Path(tempfile.mkdtemp(prefix="pactdesk-self-check-"))
    started = time.perf_counter()
    stream.write(
        f"PactDesk self-check in {work} (your own drafts, settings and keyring are not touched)\n"
    )
    results: list[StepResult] = []
    try:
        with _isolated(work):
            for title, step in _steps(work):
                began = time.perf_counter()
                try:
                    detail = step()
                except SelfCheckFailed as failure:
                    stream.write(f"  FAILED  {title}: {failure}\n")
                    stream.write("The self-check failed; PactDesk is not working as installed.\n")
                    return 1
                results.append(StepResult(title, time.perf_counter() - began, detail))
                stream.write(
                    f"  ok      {title}{': ' + detail if detail else ''} "
                    f"({results[-1].seconds:.2f} s)\n"
                )
        total = time.perf_counter() - started
        stream.write(f"All {len(results)} steps passed in {total:.1f} s.\n")
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            for name in _KEPT:
                if (work / name).exists():
                    shutil.copy2(work / name, keep / name)
            stream.write(f"Kept the outputs in {keep}: {', '.join(_KEPT)}\n")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


#: What --keep keeps: the outputs IT may want to inspect with other tools.
_KEPT = (
    "self-check.pactdesk",
    "self-check.json",
    "self-check.xlsx",
    "self-check.pdf",
    "self-check.docx",
    "self-check-ca.pem",
    "self-check.asice",
)


def _unusable_keep_folder(keep: Path) -> str | None:
    if keep.exists() and not keep.is_dir():
        return f"{keep} is a file, not a folder for the outputs."
    if keep.is_dir() and any(keep.iterdir()):
        return f"{keep} is not empty; name a new or empty folder to keep the outputs in."
    return None


@contextlib.contextmanager
def _isolated(work: Path) -> Iterator[None]:
    """A temporary PactDesk home, no keyring, and a passphrase only this process knows."""
    import keyring
    from keyring.backends import fail

    saved = {name: os.environ.get(name) for name in ("PACTDESK_HOME", _PASSPHRASE_VAR)}
    previous_keyring = keyring.get_keyring()
    os.environ["PACTDESK_HOME"] = str(work / "home")
    os.environ[_PASSPHRASE_VAR] = secrets.token_urlsafe(24)
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(previous_keyring)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _pactdesk(*args: str) -> str:
    """One PactDesk command, in this process; its output, or SelfCheckFailed with its message."""
    from pactdesk import cli

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = cli.main(list(args))
    if code != 0:
        first = (stderr.getvalue().strip().splitlines() or [f"exit {code}"])[0]
        raise SelfCheckFailed(f"`pactdesk {args[0]}` exited {code}: {first}")
    return stdout.getvalue()


def _steps(work: Path) -> Sequence[tuple[str, Callable[[], str]]]:
    draft = str(work / "self-check.pactdesk")
    passphrase = ["--passphrase-env", _PASSPHRASE_VAR]
    state: dict[str, str] = {}

    def new_draft() -> str:
        _pactdesk(
            "new",
            draft,
            "--member-state",
            "MT",
            "--cycle",
            "2010",
            "--language",
            "en",
            "--author",
            "PactDesk self-check",
        )
        return "Malta, 2010 cycle"

    def fill() -> str:
        empty = work / "empty.json"
        _pactdesk("export-json", draft, str(empty))
        document = json.loads(empty.read_text(encoding="utf-8"))
        fields = _fill(document)
        source = work / "filled.json"
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        _pactdesk("import-json", draft, str(source), "--author", "PactDesk self-check")
        return f"{fields} answers"

    def checks() -> str:
        report = json.loads(_pactdesk("status", draft, "--json"))
        errors = [f for f in report.get("findings", []) if f.get("severity") == "error"]
        if errors:
            raise SelfCheckFailed(f"{len(errors)} checks still fail after filling every answer")
        return "no errors"

    def export(kind: str, suffix: str, magic: bytes) -> Callable[[], str]:
        def step() -> str:
            target = work / f"self-check.{suffix}"
            _pactdesk(f"export-{kind}", draft, str(target))
            data = target.read_bytes()
            if not data.startswith(magic):
                raise SelfCheckFailed(f"{target.name} is not a {kind.upper()} file")
            if kind == "json" and _SAMPLE not in data.decode("utf-8"):
                raise SelfCheckFailed("the JSON export lost non-Latin text")
            return f"{len(data) // 1024} KiB"

        return step

    def word() -> str:
        size = export("docx", "docx", b"PK")()
        back = _pactdesk("import-docx", draft, str(work / "self-check.docx"), "--dry-run")
        if "nothing to change" not in back:
            raise SelfCheckFailed("the Word document does not read back as it was written")
        return f"{size}, reads back unchanged"

    def make_ca() -> str:
        _pactdesk("ca", "create", "--name", "PactDesk self-check CA", *passphrase)
        _pactdesk("ca", "export", str(work / "self-check-ca.pem"))
        return "created and exported"

    def make_identity() -> str:
        _pactdesk(
            "identity",
            "create",
            "--name",
            "Self Check",
            "--organisation",
            "PactDesk self-check",
            "--email",
            "self-check@example.invalid",
            "--issue-now",
            *passphrase,
            "--ca-passphrase-env",
            _PASSPHRASE_VAR,
        )
        listed = json.loads(_pactdesk("identity", "list", "--json"))
        identities = listed if isinstance(listed, list) else listed.get("identities", [])
        if len(identities) != 1:
            raise SelfCheckFailed(f"expected one identity, found {len(identities)}")
        state["identity"] = str(identities[0]["id"])
        return "issued by the CA"

    def sign() -> str:
        _pactdesk("sign", draft, "--identity", state["identity"], "--role", "approver", *passphrase)
        return "approver"

    def bundle() -> str:
        target = work / "self-check.asice"
        _pactdesk("bundle", draft, str(target), "--identity", state["identity"], *passphrase)
        return f"{target.stat().st_size // 1024} KiB"

    def verify() -> str:
        report = json.loads(
            _pactdesk(
                "verify",
                str(work / "self-check.asice"),
                "--trust",
                str(work / "self-check-ca.pem"),
                "--json",
            )
        )
        if not report.get("valid", False):
            raise SelfCheckFailed("the bundle did not verify")
        return "valid, signers trusted"

    def window() -> str:
        return _window_smoke(Path(draft))

    return (
        ("make a draft", new_draft),
        ("fill every answer", fill),
        ("run the checks", checks),
        ("export JSON", export("json", "json", b"{")),
        ("export the workbook", export("xlsx", "xlsx", b"PK")),
        ("export the PDF", export("pdf", "pdf", b"%PDF-")),
        ("export the Word document", word),
        ("make the sign-off CA", make_ca),
        ("make a signing identity", make_identity),
        ("sign off", sign),
        ("make the submission bundle", bundle),
        ("verify the bundle", verify),
        ("open the window (off screen)", window),
    )


def _fill(document: dict[str, Any]) -> int:
    """Fill every text answer of an exported empty contribution; how many were filled."""
    fields = 0
    for area in document.get("political_report", []):
        area["assessment"] = f"{_SAMPLE} (Part I, {area['area']})"
        fields += 1
    for commitment in document.get("commitments", []):
        for key in ("actions_undertaken", "developments_planned"):
            commitment[key] = f"{_SAMPLE} ({commitment['id']}, {key})"
            fields += 1
        for prompt in commitment.get("prompts", []):
            prompt["answer"] = f"{_SAMPLE} ({prompt['id']})"
            fields += 1
    document.pop("draft", None)
    return fields


def _window_smoke(draft: Path) -> str:
    """Start the program again with ``--smoke`` off screen: Qt, its plugins and fonts load."""
    command = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "pactdesk"]
    )
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop(_PASSPHRASE_VAR, None)
    try:
        done = subprocess.run(
            [*command, "--smoke", str(draft)],
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SelfCheckFailed(f"the window did not start: {exc}") from exc
    if done.returncode != 0 or "shown in" not in done.stdout:
        first = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        raise SelfCheckFailed(f"the window did not start: {first}")
    return done.stdout.strip()
