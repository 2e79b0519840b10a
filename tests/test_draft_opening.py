"""Opening a draft file reads with ``sqlite3`` alone (pactdesk.db.opening), exactly what the
repository would read, and loads SQLAlchemy only when a call first needs the repository."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from exchange_support import make_exchange

from pactdesk.db.repository import DraftRepository
from pactdesk.domain.contribution import ACTIONS, answer_key
from pactdesk.frameworks import shipped_framework
from pactdesk.services.drafts import Draft
from pactdesk.testing.drafts import create_draft
from pactdesk.testing.samples import full_items

REPO = Path(__file__).resolve().parents[1]


def test_the_opening_read_is_what_the_repository_reads(tmp_path: Path) -> None:
    path = tmp_path / "full.pactdesk"
    items = full_items(shipped_framework("pact-2010"))
    create_draft(path, items=items).close()
    with Draft.open(path) as draft:
        opened_items, opened_head = draft.items(), draft.head()
        assert draft.info.from_package is False
        repository = DraftRepository(draft._store.engine)  # noqa: SLF001 - the same file, read again
        with repository.reading() as reader:
            assert opened_items == reader.items() == items
            assert opened_head == reader.head()
            assert draft.info.draft_id == reader.meta()["draft_id"]
            framework = reader.framework_content(draft.framework.id)
        assert framework is not None and draft.framework.sha256 == draft.info.framework_sha256


def test_a_save_after_opening_is_read_back(tmp_path: Path) -> None:
    path = tmp_path / "d.pactdesk"
    create_draft(path).close()
    key = answer_key("I.a", ACTIONS)
    with Draft.open(path) as draft:
        assert draft.value(key) == ""
        draft.save(key, "Zażółć gęślą jaźń", author="Test Official")
        assert draft.value(key) == "Zażółć gęślą jaźń"
        assert draft.items()[key] == "Zażółć gęślą jaźń"
        assert draft.head().revision == 1
    with Draft.open(path) as again:
        assert again.items()[key] == "Zażółć gęślą jaźń"
        assert again.head().revision == 1


def test_a_draft_made_from_a_package_says_so_at_opening(tmp_path: Path) -> None:
    exchange = make_exchange(tmp_path)
    with Draft.open(exchange.contributor) as contributor:
        assert contributor.info.from_package is True
    with Draft.open(exchange.coordinator) as coordinator:
        assert coordinator.info.from_package is False


def test_opening_and_reading_a_draft_file_loads_no_sqlalchemy(tmp_path: Path) -> None:
    path = tmp_path / "d.pactdesk"
    create_draft(path, items=full_items(shipped_framework("pact-2010"))).close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from pactdesk.services.drafts import Draft\n"
        f"draft = Draft.open(Path({str(path)!r}))\n"
        "assert draft.items() and draft.head().revision > 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic')))\n"
        "draft.close()\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_the_window_first_paints_a_full_draft_without_the_store_or_schema_libraries(
    tmp_path: Path,
) -> None:
    """What the window's first paint needs: no SQLAlchemy, Alembic or jsonschema (bench_gui)."""
    path = tmp_path / "d.pactdesk"
    create_draft(path, items=full_items(shipped_framework("pact-2010"))).close()
    code = (
        "import sys\n"
        "from pactdesk.__main__ import main\n"
        f"sys.argv = ['pactdesk', '--smoke', {str(path)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "heavy = ('sqlalchemy', 'alembic', 'jsonschema')\n"
        "print('loaded:', ','.join(sorted(m for m in sys.modules if m.startswith(heavy))))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "loaded: ", result.stdout
