"""The one map from the core's error types to exit codes (pactdesk/cli/errors.py)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import pactdesk
from pactdesk.cli.errors import exit_code, refusing
from pactdesk.domain import limits
from pactdesk.fileio import InputError, read_input
from tests.helpers import run_cli

REPO = Path(__file__).resolve().parents[1]

#: Error types of the core that never reach a command: the core catches each
#: one itself and raises one of the mapped types (or reports it) instead.
CAUGHT_INSIDE = {
    "pactdesk.signing.cades.SignatureError": "verify and sign-off report it, exchange wraps it",
    "pactdesk.signing.manifest.ManifestError": "sign-off manifests and verify report it",
    "pactdesk.signing.xades.XadesError": "sign-off manifests and verify report it",
    "pactdesk.signing.revocation.RevocationListError": "bundle refuses it, verify reports it",
    "pactdesk.signing.envelope.EnvelopeError": "services.exchange turns it into ExchangeError",
    "pactdesk.signing.certificates.CertificateRequestError": "the CA and identities wrap it",
    "pactdesk.services.jobs.Cancelled": "only the window cancels a job",
    "pactdesk.services.draft_location.CopyBackError": "only the window copies a working copy back",
}


def _core_error_types() -> dict[str, type[BaseException]]:
    """Every exception class defined in pactdesk outside the two faces (and the test helpers)."""
    found: dict[str, type[BaseException]] = {}
    for module in pkgutil.walk_packages(pactdesk.__path__, "pactdesk."):
        if module.name.startswith(
            ("pactdesk.ui", "pactdesk.cli", "pactdesk.testing", "pactdesk.db.migrations")
        ):
            continue
        loaded = importlib.import_module(module.name)
        for _name, value in inspect.getmembers(loaded, inspect.isclass):
            if issubclass(value, BaseException) and value.__module__ == module.name:
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return found


def test_every_error_type_of_the_core_has_an_exit_code() -> None:
    types = _core_error_types()
    assert len(types) > 20, sorted(types)  # the walk found the core's modules
    unmapped = []
    for name, kind in sorted(types.items()):
        if name in CAUGHT_INSIDE:
            continue
        # An instance without running __init__ (each type takes its own arguments).
        error = kind.__new__(kind)
        if exit_code(error) is None:
            unmapped.append(name)
    assert not unmapped, f"give these an exit code in pactdesk/cli/errors.py: {unmapped}"
    stale = sorted(set(CAUGHT_INSIDE) - set(types))
    assert not stale, f"no longer in the core: {stale}"


def test_a_bundle_refusal_is_1_unless_the_input_was_bad() -> None:
    from pactdesk.services.bundle import BundleRefused

    refused = BundleRefused.__new__(BundleRefused)
    refused.bad_input = False
    assert exit_code(refused) == 1
    refused.bad_input = True
    assert exit_code(refused) == 2


def test_a_bug_is_not_a_refusal() -> None:
    assert exit_code(ValueError("x")) is None
    with pytest.raises(ZeroDivisionError), refusing("Nothing was changed."):
        _ = 1 / 0


def test_refusing_says_what_was_not_done_once() -> None:
    from pactdesk.cli import CommandError
    from pactdesk.services.review import ReviewError
    from pactdesk.services.workbook import WorkbookError

    with pytest.raises(CommandError) as caught, refusing("Nothing was changed."):
        raise ReviewError("There is no comment 7.")
    assert (caught.value.code, caught.value.message) == (
        2,
        "There is no comment 7. Nothing was changed.",
    )
    with pytest.raises(CommandError) as caught, refusing("Nothing was imported."):
        raise WorkbookError("The workbook is for another draft. Nothing was imported.", ["x"])
    assert caught.value.message == "The workbook is for another draft. Nothing was imported."
    assert caught.value.details == ["x"]


def test_a_file_that_cannot_be_read_is_exit_2_in_one_line(tmp_path: Path) -> None:
    """The one reader (pactdesk.fileio) refuses in one sentence; the map makes it exit 2."""
    kind = limits.FileKind("a workbook", 1024 * 1024)
    for path, says in (
        (tmp_path / "missing.xlsx", "missing.xlsx"),
        (tmp_path, "is a folder, not a workbook"),
    ):
        with pytest.raises(InputError, match=says) as caught:
            read_input(path, kind)
        assert exit_code(caught.value) == 2
    big = tmp_path / "big.bin"
    big.write_bytes(bytes(3 * 1024 * 1024))
    with pytest.raises(InputError, match="big.bin is 3 MB, more than a workbook can be"):
        read_input(big, kind)
    assert read_input(big, limits.FileKind("a file", 4 * 1024 * 1024)) == bytes(3 * 1024 * 1024)


#: Handlers that catch a mapped type to say more than the core can (the file's name).
REWORDED = {"exchange_commands.py: except (identities.KeyStoreError, IndexError) as exc:"}


def test_no_command_module_turns_a_core_error_into_exit_2_by_hand() -> None:
    """The handlers let the core's refusals through (or wrap them in refusing())."""
    mapped = {kind.__name__ for kind in _core_error_types().values()} - {
        name.rsplit(".", 1)[1] for name in CAUGHT_INSIDE
    }
    mapped |= {"InputError", "FileNotFoundError"}
    offenders = []
    for path in sorted((REPO / "pactdesk" / "cli").glob("*.py")):
        if path.name == "errors.py":
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            stripped = line.strip()
            if not stripped.startswith("except ") or not any(n in stripped for n in mapped):
                continue
            indent = len(line) - len(line.lstrip())
            block = []
            for following in lines[number + 1 :]:
                if following.strip() and len(following) - len(following.lstrip()) <= indent:
                    break
                block.append(following)
            by_hand = any("CommandError(" in b for b in block)
            if by_hand and f"{path.name}: {stripped}" not in REWORDED:
                offenders.append(f"{path.name}:{number + 1}: {stripped}")
    assert not offenders, offenders


def test_a_refusal_escaping_a_handler_is_one_line_and_exit_2(new_draft, tmp_path: Path) -> None:
    draft = new_draft()
    path = draft.path
    draft.close()
    missing = tmp_path / "none.xlsx"
    result = run_cli("import-xlsx", path, missing)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"pactdesk import-xlsx: There is no file at {missing}. Nothing was imported."
    ]
    locked = run_cli("comment", "add", path, "I", "A comment.", "--reply-to", "99")
    assert locked.returncode == 2, locked.stderr
    assert locked.stderr.splitlines()[0].endswith("Nothing was changed."), locked.stderr
