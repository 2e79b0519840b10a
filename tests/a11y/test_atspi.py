"""The window as a screen reader reads it: the AT-SPI tree of the running application.

Each test starts a private D-Bus session (``dbus-run-session``) in which
``atspi_walk.py`` -- run by Debian's ``/usr/bin/python3``, which has pyatspi
-- starts Xvfb, the AT-SPI bus and PactDesk on a full draft, then reads and
presses the window only through AT-SPI, as Orca does: every page (the five
political assessments, the 36 commitments), the find bar in use, the checks
panel, the profile dialog, both pages of the new-contribution wizard, the
keyboard-shortcuts and about boxes, the welcome screen and the fictional
example.  On each it lists every interactive control (buttons, text fields,
tables, the contents tree's rows, menu items…) and reports those without an
accessible name or named after an internal object name.  The walker's JSON
report is checked here.

In CI (``CI`` set) nothing is skipped: a missing pyatspi fails the test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pactdesk import settings
from pactdesk.domain.framework import Framework
from pactdesk.testing.samples import full_items

HERE = Path(__file__).resolve().parent
WALKER = HERE / "atspi_walk.py"
SYSTEM_PYTHON = "/usr/bin/python3"
IN_CI = bool(os.environ.get("CI"))


def _pyatspi_available() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    result = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False, timeout=30
    )
    return result.returncode == 0


@pytest.fixture(scope="module")
def atspi_ready() -> None:
    missing = [t for t in ("dbus-run-session", "Xvfb") if shutil.which(t) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    if not _pyatspi_available():
        missing.append("python3-pyatspi (for /usr/bin/python3)")
    if missing:
        message = "AT-SPI test needs " + ", ".join(missing) + " (scripts/setup.sh test)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


def session_env(tmp_path: Path) -> dict[str, str]:
    """A clean desktop session: its own HOME and XDG folders, no outer display or bus."""
    home = tmp_path / "home"
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "DBUS_SESSION_BUS_ADDRESS",
            "AT_SPI_BUS_ADDRESS",
            "QT_QPA_PLATFORM",
            "SESSION_MANAGER",
        }
    }
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": tmp_path / "runtime",
    }
    for name, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    (tmp_path / "runtime").chmod(0o700)
    return env


def walk(tmp_path: Path, *args: str, app: list[str], timeout: float = 150) -> dict:
    report = tmp_path / "report.json"
    command = [
        "dbus-run-session",
        "--",
        SYSTEM_PYTHON,
        str(WALKER),
        "--report",
        str(report),
        *args,
        "--",
        *app,
    ]
    result = subprocess.run(
        command,
        env=session_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert report.exists(), f"the walker wrote no report:\n{result.stderr[-4000:]}"
    data = json.loads(report.read_text(encoding="utf-8"))
    data["log"] = result.stderr
    return data


def expected_titles(framework: Framework) -> list[str]:
    return [f"{area.id}. {area.title}" for area in framework.areas] + [
        f"Commitment {c.id}" for c in framework.commitments()
    ]


@pytest.fixture
def full_draft(new_draft, framework: Framework) -> Path:
    draft = new_draft("full.pactdesk")
    draft.save_many(dict(full_items(draft.framework)), author="bench")
    path = draft.path
    draft.close()
    settings.save(
        settings.Settings(
            profile=settings.Profile(
                name="Zofia Wiśniewska",
                ministry="Ministerstwo Spraw Wewnętrznych",
                member_state="PL",
            ),
            first_run_done=True,
        )
    )
    return path


def test_a_screen_reader_can_name_and_press_everything(
    atspi_ready: None, tmp_path: Path, full_draft: Path, framework: Framework
) -> None:
    titles = expected_titles(framework)
    report = walk(
        tmp_path,
        "--pages",
        str(len(titles)),
        app=[sys.executable, "-m", "pactdesk", str(full_draft)],
    )
    log = report["log"][-6000:]
    assert report["errors"] == [], log

    # Every page was reached, in the navigator's order, by pressing Go › Next item.
    assert report["titles"] == titles

    # Nothing a user can operate is unnamed or named after an object name.
    problems = [
        f"{v['where']} ({v['title']}): {p}" for v in report["visits"] for p in v["problems"]
    ]
    assert problems == [], "\n".join(problems)

    visits = {v["where"]: v for v in report["visits"]}
    for where in (
        "menus",
        "find bar",
        "find bar in use",
        "checks panel",
        "profile dialog",
        "wizard, page 1",
        "wizard, page 2",
        "Keyboard shortcuts",
        "About PactDesk",
        "open dialog",
        "welcome screen",
        "fictional example, page 1",
    ):
        assert where in visits, f"{where} was not visited"
    assert report["menu_items"] >= 30

    # The walk really saw the pages' controls, under the names their labels show.
    for number, title in enumerate(titles, start=1):
        visit = visits[f"page {number}"]
        assert visit["title"] == title
        controls = set(visit["controls"])
        assert "tree: Contents of the contribution" in controls
        if title.startswith("Commitment "):
            commitment = framework.commitment(title.removeprefix("Commitment "))
            expected = {f"text: {p.text}" for p in commitment.prompts} | {
                f"text: {framework.column_actions}",
                f"text: {framework.column_developments}",
                "table: Data points",
                "table: References",
            }
            assert expected <= controls, (title, sorted(expected - controls))
            row = f"table cell: Commitment {commitment.id}, "
            assert any(c.startswith(row) for c in controls), (title, "no contents row")
            cells = [c for c in visit["controls"] if c.startswith("table cell: ")]
            assert len(cells) > 30, title  # the contents tree's rows and the tables' cells
        else:
            area_id = title.split(".", 1)[0]
            area = framework.area(area_id)
            assert f"text: Political assessment: {area.title}" in controls
    for dialog in ("profile dialog", "wizard, page 1", "wizard, page 2"):
        assert visits[dialog]["checked"] >= 4, visits[dialog]
    assert "push button: Look at a fictional example" in visits["welcome screen"]["controls"]

    # Pressing through the accessible actions did what the buttons and menu items say.
    presses = {p["what"]: p for p in report["presses"]}
    for what in (
        "Go › Next item moves to the next page",
        "Go › Previous item moves back one page",
        "the find bar's Next match button goes to a match",
        "the find bar's Close button closes it",
        "Go › Go to the checks shows the checks panel",
        "File › Your profile… opens the profile dialog",
        "the profile dialog's Cancel closes it",
        "File › New contribution… opens the wizard",
        "the wizard's Next button shows the next page",
        "the wizard's Cancel closes it",
        "Help › Keyboard shortcuts opens its window",
        "Help › About PactDesk opens its window",
        "File › Open… opens the file dialog",
        "View › Welcome screen shows the welcome screen",
        "the welcome screen's example button opens the example",
    ):
        assert what in presses, f"not pressed: {what}"
        assert presses[what]["ok"], presses[what]
    # Other parts' dialogs: opened, checked, closed.
    for item, where in (
        ("Export…", "export dialog"),
        ("Import workbook…", "import dialog"),
        ("Import Word document…", "import Word dialog"),
    ):
        assert f"File › {item} opens its dialog" in presses, item
        assert visits[where]["checked"] >= 3, visits[where]


def test_a_first_start_reads_well(atspi_ready: None, tmp_path: Path) -> None:
    """No draft, no profile yet: the welcome screen, then New contribution asks who you are."""
    report = walk(tmp_path, "--first-start", app=[sys.executable, "-m", "pactdesk"], timeout=90)
    assert report["errors"] == [], report["log"][-6000:]
    problems = [f"{v['where']}: {p}" for v in report["visits"] for p in v["problems"]]
    assert problems == [], "\n".join(problems)
    visits = {v["where"]: v for v in report["visits"]}
    welcome = set(visits["first start: welcome screen"]["controls"])
    assert {
        "push button: New contribution…",
        "push button: Open a draft…",
        "push button: Look at a fictional example",
    } <= welcome
    profile = set(visits["first start: profile dialog"]["controls"])
    assert {"text: Your name", "text: Ministry"} <= profile
    assert visits["first start: wizard"]["checked"] >= 4
    presses = {p["what"]: p["ok"] for p in report["presses"]}
    assert presses == {
        "a first New contribution asks for the profile": True,
        "then the new-contribution wizard opens": True,
    }


def test_the_walk_finds_unnamed_controls(atspi_ready: None, tmp_path: Path) -> None:
    """The same check on a deliberately faulty window reports each fault (it can fail)."""
    report = walk(
        tmp_path,
        "--check-only",
        "--app-name",
        "BadWindow",
        app=[sys.executable, str(HERE / "bad_window.py")],
        timeout=60,
    )
    assert report["errors"] == [], report["log"][-4000:]
    (visit,) = report["visits"]
    problems = visit["problems"]
    assert len(problems) == 4, problems
    assert any("no accessible name: text" in p and "answerEdit_I_a" in p for p in problems)
    assert any("named after its object name: push button 'saveButton'" in p for p in problems)
    assert any("no accessible name: push button" in p for p in problems)
    assert any("no accessible name: table cell" in p and "'Contents'" in p for p in problems)
    assert "text: Your name" in visit["controls"]
    assert "table cell: Commitment I.a" in visit["controls"]
