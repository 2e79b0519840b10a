"""PactDesk's log: what support needs to know, never what officials wrote.

One rotating file in the platform's log folder (``paths.log_dir()``): the
program's start (version, platform), each command with its exit code and
duration, and failures as the exception's type and where it was raised.

What never goes in: answers, comments, names of people, passphrases, or the
*messages* of exceptions (a message can quote a field's text or a file's
content). ``log_failure`` therefore writes the type and the stack's file,
line and function names only.  Tests grep every log written during the suite
for the passphrases and markers they use.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import traceback
from pathlib import Path

from pactdesk import paths

LOGGER_NAME = "pactdesk"
#: Each file at most this large; this many older files are kept beside it.
MAX_BYTES = 512 * 1024
BACKUPS = 3

_log = logging.getLogger(LOGGER_NAME)
#: The handler ``start`` installed (others, a test runner's say, may sit beside it).
_handler: logging.Handler | None = None


def log_file() -> Path:
    return paths.log_dir() / "pactdesk.log"


def start(face: str) -> None:
    """Open the log for this process (once) and record the start.  Never fails."""
    global _handler
    if _handler is not None:
        return
    _log.setLevel(logging.INFO)
    _log.propagate = False
    try:
        paths.log_dir().mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        # A read-only or full profile must not stop the program; it runs without a log.
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _log.addHandler(handler)
    _handler = handler
    _log.info(
        "start %s: PactDesk %s, Python %s, %s",
        face,
        version(),
        platform.python_version(),
        platform.platform(),
    )


def stop() -> None:
    """Close the log (the next ``start`` opens it again, wherever the home is then)."""
    global _handler
    if _handler is not None:
        _log.removeHandler(_handler)
        _handler.close()
        _handler = None


def command_finished(command: str, code: int, seconds: float) -> None:
    _log.info("command %s exited %d after %.2f s", command, code, seconds)


def log_failure(error: BaseException, *, where: str) -> None:
    """An unexpected error: its type and stack (files, lines, functions), not its message."""
    frames = traceback.extract_tb(error.__traceback__)
    stack = " < ".join(
        f"{Path(frame.filename).name}:{frame.lineno} {frame.name}" for frame in reversed(frames)
    )
    _log.error("%s failed: %s at %s", where, type(error).__name__, stack or "?")


def recent_lines(count: int = 40) -> list[str]:
    """The last lines of the log, for "Copy diagnostic information"."""
    try:
        with log_file().open(encoding="utf-8", errors="replace") as handle:
            return handle.read().splitlines()[-count:]
    except OSError:
        return []


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("pactdesk")
    except PackageNotFoundError:
        return "unknown"


def diagnostics(extra: dict[str, str] | None = None) -> str:
    """Version, platform, library versions, folders and the last log lines, as plain text."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    lines = [
        f"PactDesk {version()}",
        f"Python {platform.python_version()} ({sys.executable})",
        f"Platform: {platform.platform()}",
        f"Frozen build: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
    ]
    for package in (
        "PySide6-Essentials",
        "SQLAlchemy",
        "openpyxl",
        "reportlab",
        "keyring",
        "cryptography",
        "pyHanko",
        "python-docx",
    ):
        try:
            lines.append(f"{package} {package_version(package)}")
        except PackageNotFoundError:
            continue
    lines += [f"{key}: {value}" for key, value in (extra or {}).items()]
    lines += [
        f"Settings folder: {paths.config_dir()}",
        f"Data folder: {paths.data_dir()}",
        f"Log file: {log_file()}",
        "",
        "Last log lines:",
        *recent_lines(),
    ]
    return "\n".join(lines) + "\n"
