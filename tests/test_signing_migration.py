"""A draft made before sign-offs (format 0001) opens, is backed up first, and migrates."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pactdesk.db import store
from pactdesk.services import sign_off_roles, sign_offs
from pactdesk.services.drafts import Draft

ACTIONS = "commitment/I.a/actions_undertaken"


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def _version(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _make_0001_draft(new_draft) -> Path:  # type: ignore[no-untyped-def]
    draft = new_draft("old.pactdesk")
    draft.save(ACTIONS, "Tekst sprzed podpisów — zażółć gęślą jaźń.", author="Anna")
    path = draft.path
    draft.close()
    # Take the file back to the first format with Alembic's own downgrade.
    from alembic import command
    from alembic.config import Config

    engine = store.make_engine(path, read_only=False)
    config = Config()
    config.set_main_option("script_location", str(Path(store.__file__).parent / "migrations"))
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        conn.commit()
    engine.dispose()
    return path


def test_head_revision_is_the_newest_migration() -> None:
    versions = Path(store.__file__).parent / "migrations" / "versions"
    assert (versions / "0002_sign_off.py").is_file()
    newest = max(p.name.split("_", 1)[0] for p in versions.glob("[0-9]*_*.py"))
    assert newest == store.HEAD_REVISION


def test_a_0001_draft_is_backed_up_then_migrated(new_draft) -> None:  # type: ignore[no-untyped-def]
    path = _make_0001_draft(new_draft)
    assert _version(path) == "0001"
    assert "sign_off" not in _tables(path) and "sign_off_role" not in _tables(path)

    with Draft.open(path) as draft:
        assert draft.value(ACTIONS) == "Tekst sprzed podpisów — zażółć gęślą jaźń."
        assert [r.name for r in sign_off_roles.sign_off_roles(draft)] == ["approver"]
        assert sign_offs.list_sign_offs(draft) == []
        assert not draft.check_history()

    assert _version(path) == store.HEAD_REVISION
    assert {"sign_off", "sign_off_role"} <= _tables(path)
    backups = sorted(path.parent.glob("old.before-migration-0001-*.pactdesk"))
    assert len(backups) == 1
    # The backup is the draft as it was: format 0001, with its text.
    assert _version(backups[0]) == "0001"
    assert "sign_off" not in _tables(backups[0])
    conn = sqlite3.connect(backups[0])
    try:
        value = conn.execute("SELECT value FROM item WHERE key = ?", (ACTIONS,)).fetchone()[0]
    finally:
        conn.close()
    assert value == "Tekst sprzed podpisów — zażółć gęślą jaźń."
