"""Every file location PactDesk uses, in one place.

``PACTDESK_HOME`` moves the per-user folders (settings, data, logs) under one
directory: the tests and the benchmarks use it so that they never touch the
developer's own profile.  ``PACTDESK_RESOURCES`` points at another
``resources/`` folder (an installed build keeps it beside the program).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "PactDesk"
APP_AUTHOR = "PactDesk"


def _home_override() -> Path | None:
    home = os.environ.get("PACTDESK_HOME")
    return Path(home) if home else None


def config_dir() -> Path:
    """Where settings (the profile, recent drafts) live."""
    home = _home_override()
    if home is not None:
        return home / "config"
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, APP_AUTHOR)


def data_dir() -> Path:
    """Where PactDesk keeps what it knows across drafts (identities, recorded heads)."""
    home = _home_override()
    if home is not None:
        return home / "data"
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR)


def default_drafts_dir() -> Path:
    """Where drafts are kept unless the official chose another folder: Documents/PactDesk.

    The documents folder is where officials look for their files (and what their
    ministry backs up); PactDesk's data folder is hidden on every system.
    """
    home = _home_override()
    if home is not None:
        return home / "Documents" / APP_NAME
    from platformdirs import user_documents_path

    return user_documents_path() / APP_NAME


def drafts_dir(chosen: str = "") -> Path:
    """The folder for new drafts, Open and Export: ``chosen`` (the setting) or the default."""
    return Path(chosen).expanduser() if chosen.strip() else default_drafts_dir()


def working_copies_dir() -> Path:
    """Local working copies of drafts kept on a network share or a synchronised folder."""
    return data_dir() / "working-copies"


def log_dir() -> Path:
    """Where PactDesk's own log is written (rotated; it holds no content: see logs.py)."""
    home = _home_override()
    if home is not None:
        return home / "logs"
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, APP_AUTHOR)


def heads_dir() -> Path:
    """History heads recorded at each export, one file per draft id."""
    return data_dir() / "heads"


def resources_dir() -> Path:
    override = os.environ.get("PACTDESK_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


def frameworks_dir() -> Path:
    return resources_dir() / "frameworks"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def schemas_dir() -> Path:
    return Path(__file__).resolve().parent / "schemas"


def lock_path(draft: Path) -> Path:
    """The sidecar file whose operating-system lock says a process has the draft open."""
    return draft.with_name(draft.name + ".lock")
