"""Typed settings, declared once, stored as JSON in :func:`paths.config_dir`.

The profile (the official's name, ministry and Member State) is the author
of every change the window makes; the command line falls back to it when
``--author`` is not given, and to the operating-system user after that.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from pactdesk import paths
from pactdesk.fileio import write_atomic

MAX_RECENT = 10


@dataclass(frozen=True, slots=True)
class Profile:
    name: str = ""
    ministry: str = ""
    member_state: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.name.strip())


@dataclass(frozen=True, slots=True)
class Settings:
    profile: Profile = field(default_factory=Profile)
    recent_drafts: tuple[str, ...] = ()
    first_run_done: bool = False
    #: Where new drafts go and where Open and Export start; empty: Documents/PactDesk.
    drafts_folder: str = ""
    #: Local working copies: the copy's path -> the original on the share it came from.
    working_copies: tuple[tuple[str, str], ...] = ()
    #: The window's language ("en", "fr", "de"); empty: the operating system's. Read at start.
    ui_language: str = ""

    def with_recent(self, draft: Path) -> Settings:
        entry = str(draft.resolve())
        recent = (entry, *(r for r in self.recent_drafts if r != entry))[:MAX_RECENT]
        return replace(self, recent_drafts=recent)

    @property
    def drafts_dir(self) -> Path:
        return paths.drafts_dir(self.drafts_folder)

    def original_of(self, copy: Path) -> Path | None:
        """The draft on the share that ``copy`` is a local working copy of, if it is one."""
        entry = str(copy.resolve())
        for local, original in self.working_copies:
            if local == entry:
                return Path(original)
        return None

    def with_working_copy(self, copy: Path, original: Path) -> Settings:
        entry = str(copy.resolve())
        kept = tuple((c, o) for c, o in self.working_copies if c != entry)
        return replace(self, working_copies=(*kept, (entry, str(original))))


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def load() -> Settings:
    try:
        raw: Any = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    profile_raw = raw.get("profile") if isinstance(raw.get("profile"), dict) else {}
    assert isinstance(profile_raw, dict)
    profile = Profile(
        name=str(profile_raw.get("name", "")),
        ministry=str(profile_raw.get("ministry", "")),
        member_state=str(profile_raw.get("member_state", "")),
    )
    recent = raw.get("recent_drafts", [])
    copies = raw.get("working_copies", [])
    return Settings(
        profile=profile,
        recent_drafts=tuple(str(r) for r in recent) if isinstance(recent, list) else (),
        first_run_done=bool(raw.get("first_run_done", False)),
        drafts_folder=str(raw.get("drafts_folder", "") or ""),
        working_copies=tuple(
            (str(pair[0]), str(pair[1]))
            for pair in (copies if isinstance(copies, list) else [])
            if isinstance(pair, list) and len(pair) == 2
        ),
        ui_language=str(raw.get("ui_language", "") or ""),
    )


def save(settings: Settings) -> None:
    """Write atomically: a crash never leaves half a settings file."""
    document = asdict(settings)
    document["recent_drafts"] = list(settings.recent_drafts)
    document["working_copies"] = [list(pair) for pair in settings.working_copies]
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    write_atomic(settings_path(), data)


def default_author(explicit: str | None = None) -> str:
    """``--author``, else the profile's name, else the operating-system user."""
    if explicit and explicit.strip():
        return explicit.strip()
    profile = load().profile
    if profile.complete:
        return profile.name.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
