"""What the window remembers between sessions: its layout, where each draft was left, its title.

Kept by Qt's ``QSettings`` in an INI file in :func:`pactdesk.paths.config_dir`
(``window.ini``), beside the typed settings of :mod:`pactdesk.settings`; it
holds nothing but layout, so losing it loses nothing of the user's work.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QGuiApplication, QScreen

from pactdesk import paths

MAX_DRAFTS = 50
#: The size the window asks for on a screen large enough for it.
PREFERRED_SIZE = (1360, 860)
#: The most the first window takes of a large screen.
LARGEST_SIZE = (1720, 1060)
#: Space left free around the window on each side of the screen's available area.
SCREEN_MARGIN = 16


def fit_rect(
    frame: tuple[int, int, int, int],
    available: tuple[int, int, int, int],
    *,
    margin: int = SCREEN_MARGIN,
) -> tuple[int, int, int, int]:
    """``frame`` (x, y, width, height) moved and shrunk to lie within ``available`` less ``margin``.

    The margin is given up where the screen is too small for it.  A frame that
    already fits is returned unchanged; one that sticks out is moved in, and
    shrunk only where moving is not enough.
    """
    ax, ay, aw, ah = available
    mx = min(margin, max(0, (aw - 200) // 2))
    my = min(margin, max(0, (ah - 200) // 2))
    left, top, right, bottom = ax + mx, ay + my, ax + aw - mx, ay + ah - my
    x, y, w, h = frame
    w = min(w, right - left)
    h = min(h, bottom - top)
    x = min(max(x, left), right - w)
    y = min(max(y, top), bottom - h)
    return x, y, w, h


def _tuple(rect: QRect) -> tuple[int, int, int, int]:
    return rect.x(), rect.y(), rect.width(), rect.height()


def screen_of(window) -> QScreen | None:
    screen = window.screen() if window.isVisible() else None
    if screen is None:
        screen = QGuiApplication.screenAt(window.frameGeometry().center())
    return screen or QGuiApplication.primaryScreen()


def fit_to_screen(window, *, centre: bool = False) -> None:
    """Keep the whole window, its frame included, on the available area of its screen.

    Used for the first window (its preferred size, centred) and after a layout
    was restored from a larger screen.  Before the window is shown its frame is
    not known; :meth:`MainWindow.showEvent` calls this again once it is.
    """
    screen = screen_of(window)
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    available = _tuple(screen.availableGeometry())
    frame = window.frameGeometry()
    inner = window.geometry()
    # The window manager's frame: title bar and borders around the client area.
    extra_w = frame.width() - inner.width()
    extra_h = frame.height() - inner.height()
    if centre:
        ax, ay, aw, ah = available
        w, h = frame.width(), frame.height()
        frame_t = (ax + (aw - w) // 2, ay + (ah - h) // 2, w, h)
    else:
        frame_t = _tuple(frame)
    x, y, w, h = fit_rect(frame_t, available)
    if (x, y, w, h) == _tuple(frame):
        return
    window.resize(max(1, w - extra_w), max(1, h - extra_h))
    window.move(x, y)  # move() places the frame's top-left corner


def initial_size(window) -> tuple[int, int]:
    """The first window's size: the preferred one, or what the screen has room for."""
    screen = screen_of(window)
    if screen is None:
        return PREFERRED_SIZE
    _x, _y, aw, ah = _tuple(screen.availableGeometry())
    # On a large screen, most of it (the page's column keeps a reading width).
    wanted = (
        max(PREFERRED_SIZE[0], min(LARGEST_SIZE[0], aw * 9 // 10)),
        max(PREFERRED_SIZE[1], min(LARGEST_SIZE[1], ah * 9 // 10)),
    )
    # Room for a window manager's frame until the real one is known.
    _fx, _fy, w, h = fit_rect((0, 0, *wanted), (0, 0, aw, ah - 32))
    return w, h


def _store() -> QSettings:
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def restore_layout(window) -> bool:
    store = _store()
    geometry = store.value("window/geometry")
    state = store.value("window/state")
    restored = False
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        restored = window.restoreGeometry(geometry)
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    if restored:
        fit_to_screen(window)  # a layout saved on a larger screen
    return restored


def save_layout(window) -> None:
    store = _store()
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState())
    store.sync()


def last_page(draft_id: str) -> str:
    value = _store().value(f"drafts/{draft_id}")
    return value if isinstance(value, str) else ""


def remember_page(draft_id: str, page_key: str) -> None:
    store = _store()
    store.beginGroup("drafts")
    keys = store.childKeys()
    if draft_id not in keys and len(keys) >= MAX_DRAFTS:
        store.remove(keys[0])
    store.setValue(draft_id, page_key)
    store.endGroup()
    store.sync()


def _path_key(path: str) -> str:
    import hashlib

    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:24]


def remember_title(path: str, title: str) -> None:
    """What a recent draft is ("Poland — contribution for the YYYY cycle"), for the welcome page."""
    store = _store()
    store.setValue(f"titles/{_path_key(path)}", title)
    store.sync()


def title_of(path: str) -> str:
    value = _store().value(f"titles/{_path_key(path)}")
    return value if isinstance(value, str) else ""
