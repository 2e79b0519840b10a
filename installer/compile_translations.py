"""Compiles the translations (resources/translations/pactdesk_*.ts) into the
.qm files the window loads, with Qt's pyside6-lrelease, at build time: the
compiled files are never committed, so they cannot drift from their sources.

    python installer/compile_translations.py OUT-DIR
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "resources" / "translations"


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6)")
    return found


def compile_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(SOURCES.glob("pactdesk_*.ts")):
        target = out / source.with_suffix(".qm").name
        subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python installer/compile_translations.py OUT-DIR")
    for path in compile_all(Path(sys.argv[1])):
        print(path)
