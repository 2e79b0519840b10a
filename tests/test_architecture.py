"""The layering rules of DESIGN.md and STYLE.md, checked on every run."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pactdesk

REPO = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([lint_imports], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_core_imports_without_qt() -> None:
    modules = [
        m.name
        for m in pkgutil.walk_packages(pactdesk.__path__, "pactdesk.")
        if not m.name.startswith(("pactdesk.ui", "pactdesk.db.migrations"))
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt imported by the core: {result.stdout}"


def test_the_draft_service_imports_without_the_orm() -> None:
    """The window imports the draft service before its first paint; the ORM (models,
    repository) comes only with the first draft opened (~0.05-0.17 s)."""
    code = (
        "import sys\n"
        "import pactdesk.services.drafts\n"
        "late = ('sqlalchemy.orm', 'alembic')\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(late))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
