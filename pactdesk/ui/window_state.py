"""What the window remembers between sessions: its layout, where each draft was left, its title.

Kept by Qt's ``QSettings`` in an INI file in :func:`pactdesk.paths.config_dir`
(``window.ini``), beside the typed settings of :mod:`pactdesk.settings`; it
holds nothing but layout, so losing it loses nothing of the user's work.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from pactdesk import paths

MAX_DRAFTS = 50


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
