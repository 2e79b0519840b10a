"""Starting the window: ``pactdesk [DRAFT]`` and ``pactdesk --smoke [DRAFT]``.

``--smoke`` opens the window with the draft (no first-run screen or dialog in
the way), waits for its first paint, prints ``shown in N ms`` with N counted
from the moment the operating system started the process (not from a Python
timestamp, which would miss the interpreter's own start-up), and exits 0.

On a Linux machine with no screen the window cannot open: PactDesk says so in
one sentence and exits 2, instead of letting Qt abort.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

USAGE = "usage: pactdesk [--smoke] [DRAFT]"
NO_SCREEN = (
    "PactDesk needs a desktop screen and this session has none (neither DISPLAY nor "
    "WAYLAND_DISPLAY is set); to try it without one, run it under a virtual screen: "
    "xvfb-run pactdesk"
)


def has_screen() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def seconds_since_process_start() -> float | None:
    """How long ago the OS started this process, or ``None`` where it cannot say."""
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/self/stat", encoding="ascii") as handle:
                stat = handle.read()
            # Field 22 (starttime, clock ticks after boot); the name in (…) may hold spaces.
            fields = stat.rsplit(")", 1)[1].split()
            start_ticks = int(fields[19])
            started = start_ticks / os.sysconf("SC_CLK_TCK")
            elapsed = time.clock_gettime(time.CLOCK_BOOTTIME) - started
        elif sys.platform == "win32":
            elapsed = _windows_elapsed()
        else:
            return None
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return elapsed if 0 <= elapsed < 24 * 3600 else None


def _windows_elapsed() -> float:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    creation, exit_, kernel, user = (wintypes.FILETIME() for _ in range(4))
    handle = kernel32.GetCurrentProcess()
    if not kernel32.GetProcessTimes(
        handle,
        ctypes.byref(creation),
        ctypes.byref(exit_),
        ctypes.byref(kernel),
        ctypes.byref(user),
    ):
        raise OSError("GetProcessTimes failed")
    now = wintypes.FILETIME()
    kernel32.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

    def value(ft: wintypes.FILETIME) -> int:
        return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

    return (value(now) - value(creation)) / 1e7


#: Qt's messages that say nothing to a user (the offscreen platform's limits).
_QUIET = ("does not support propagateSizeHints",)


def _message_handler(mode, context, message: str) -> None:
    if any(part in message for part in _QUIET):
        return
    sys.stderr.write(message + "\n")


def ui_locale(chosen: str):
    """The window's locale: the system's, unless another language was chosen.

    The system's is kept when its language is the one chosen, so that its
    country's formats stay (fr_BE, de_AT); English on its own writes dates day
    first, as the EU's English does.
    """
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    if not chosen or QLocale(chosen).language() == system.language():
        return system
    return QLocale("en_GB" if chosen == "en" else chosen)


def create_application():
    """The QApplication with PactDesk's names and translations (system palette and font)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_message_handler)

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "pactdesk"])
    app.setApplicationName("PactDesk")
    app.setOrganizationName("PactDesk")
    QApplication.setApplicationDisplayName("PactDesk")
    from PySide6.QtGui import QIcon

    from pactdesk import paths
    from pactdesk.ui.i18n import install_base_translation

    # The desktop entry's id: Wayland and X11 docks match the window to its icon by it.
    QApplication.setDesktopFileName("eu.pactdesk.PactDesk")
    QApplication.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "pactdesk.svg")))

    install_base_translation()  # English plural forms; the user's language comes after
    from pactdesk import settings

    # The window's language: the one chosen in View › Language of the window, else the
    # system's; dates and numbers follow it too (a contribution's language is its own).
    locale = ui_locale(settings.load().ui_language)
    QLocale.setDefault(locale)
    translators = []
    qt_translator = QTranslator(app)
    if qt_translator.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(locale, "pactdesk", "_", str(paths.resources_dir() / "translations")):
        translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    return app


def launch(args: list[str], *, started: float) -> int:
    smoke = "--smoke" in args
    rest = [a for a in args if a != "--smoke"]
    if any(a.startswith("-") for a in rest) or len(rest) > 1:
        sys.stderr.write(f"pactdesk: unexpected arguments: {' '.join(rest)}\n{USAGE}\n")
        return 2
    draft = Path(rest[0]) if rest else None
    if draft is not None and not draft.exists():
        sys.stderr.write(f"pactdesk: there is no draft at {draft}\n")
        return 2
    if not has_screen():
        sys.stderr.write(NO_SCREEN + "\n")
        return 2

    app = create_application()
    from pactdesk.ui.main_window import MainWindow

    window = MainWindow(smoke=smoke)
    if draft is not None:
        try:
            opened = window.open_draft(draft)
        except RuntimeError as exc:  # --smoke turns complaints into errors
            sys.stderr.write(f"pactdesk: {exc}\n")
            return 2
        if not opened:
            if smoke:
                return 2
            window.show_welcome()
    else:
        window.show_welcome()

    if not smoke:
        window.show()
        _start_log()
        return int(app.exec())
    return _smoke(app, window, started)


def _start_log() -> None:
    """The support log (after the first show, so it costs the start-up nothing)."""
    from pactdesk import logs

    logs.start("window")
    previous = sys.excepthook

    def log_then_report(kind, error, trace) -> None:
        logs.log_failure(error.with_traceback(trace), where="the window")
        previous(kind, error, trace)

    sys.excepthook = log_then_report


def _smoke(app, window, started: float) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer

    shown: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not shown:
                elapsed = seconds_since_process_start()
                if elapsed is None:
                    elapsed = time.perf_counter() - started
                shown.append(elapsed)
                # Let this paint finish, then leave.
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(20000, app.quit)  # never hang a test or an installer check
    window.show()
    app.exec()
    window.close()
    if not shown:
        sys.stderr.write("pactdesk: the window was never painted\n")
        return 1
    print(f"shown in {round(shown[0] * 1000)} ms", flush=True)
    return 0
