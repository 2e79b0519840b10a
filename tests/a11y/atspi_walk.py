"""Read PactDesk's window through AT-SPI, as the Orca screen reader does, and press things.

Run by Debian's ``/usr/bin/python3`` (pyatspi is not on PyPI) inside a
private D-Bus session (``dbus-run-session``); ``tests/a11y/test_atspi.py``
starts it and reads the JSON report it writes.  This script starts what it
needs itself: Xvfb on a free display, the AT-SPI bus, then the application
(the command after ``--``), with ``QT_QPA_PLATFORM=xcb`` and
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``.

It never touches the window other than through AT-SPI: it reads the tree
of accessible objects (roles, names, states, ids), moves from page to page by
pressing the *Go › Next item* menu item through its accessible action
(``doAction``), opens dialogs from the menus the same way, types into the
find box through the editable-text interface, and presses dialog buttons.
On every page and dialog it records each interactive control that has no
accessible name, or a name that is an internal object or class name.

Usage::

    dbus-run-session -- /usr/bin/python3 atspi_walk.py --report OUT.json \
        --pages N -- APP-COMMAND...
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import traceback

#: Roles a user operates: each must have a name a screen reader can say.
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "menu item",
    "check menu item",
    "radio menu item",
    "menu",
    "page tab",
    "table",
    "tree table",
    "tree",
    "list",
    "list box",
    "link",
}
#: Item roles: checked when they can take the keyboard focus (rows, cells of a tree or table).
ITEMS = {"list item", "tree item", "table cell"}
CLASS_NAME = re.compile(r"^Q[A-Z][A-Za-z]+$")
IDENTIFIER = re.compile(r"^(?:[a-z]+[A-Z][A-Za-z0-9]*|[A-Za-z]+(?:_[A-Za-z0-9.]+)+)$")
PAGE_TITLE = re.compile(r"^(?:Commitment [IV]+\.[a-z]|(?:I|II|III|IV|V)\. .+)$")


def log(*parts: object) -> None:
    print("[atspi_walk]", *parts, file=sys.stderr, flush=True)


# -- starting the session --------------------------------------------------------------


def start_xvfb() -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    deadline = time.monotonic() + 15
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    if not number.strip():
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, ":" + number.decode().strip()


def start_bus() -> subprocess.Popen:
    launcher = "/usr/libexec/at-spi-bus-launcher"
    proc = subprocess.Popen(
        [launcher, "--launch-immediately"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        result = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode == 0 and "unix:" in result.stdout:
            return proc
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError("the AT-SPI bus did not start")


# -- reading the tree ----------------------------------------------------------------


class Walker:
    def __init__(self, app_name: str) -> None:
        import pyatspi

        self.pyatspi = pyatspi
        self.app_name = app_name
        self.app = None
        self.report: dict = {"visits": [], "presses": [], "menu_items": 0, "errors": []}

    # basic reads -------------------------------------------------------------

    def find_app(self, timeout: float = 30.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            desktop = self.pyatspi.Registry.getDesktop(0)
            for index in range(desktop.childCount):
                app = desktop.getChildAtIndex(index)
                if app is not None and app.name == self.app_name:
                    frames = [app.getChildAtIndex(i) for i in range(app.childCount)]
                    if any(f is not None and f.getRoleName() == "frame" for f in frames):
                        self.app = app
                        return app
            time.sleep(0.1)
        raise RuntimeError(f"no application called {self.app_name!r} appeared on the bus")

    def state(self, acc, which) -> bool:
        return acc.getState().contains(which)

    def showing(self, acc) -> bool:
        return self.state(acc, self.pyatspi.STATE_SHOWING)

    def children(self, acc) -> list:
        out = []
        for index in range(acc.childCount):
            child = acc.getChildAtIndex(index)
            if child is not None:
                out.append(child)
        return out

    def windows(self) -> list:
        """The application's top-level windows that are on screen (frame, dialogs)."""
        return [w for w in self.children(self.app) if self.showing(w)]

    def nodes(self, root, *, visible_only: bool = True):
        """Every accessible object under ``root`` (depth first), skipping hidden subtrees.

        "Visible" is Qt's ``isVisible()``: a field scrolled out of view is
        visible but not "showing", and a screen reader reaches it with Tab.
        """
        stack = [root]
        while stack:
            acc = stack.pop()
            try:
                role = acc.getRoleName()
                if visible_only and not self.state(acc, self.pyatspi.STATE_VISIBLE):
                    continue
                if role == "menu bar":
                    continue  # menus are checked on their own (they are never "showing")
                yield acc, role
                stack.extend(reversed(self.children(acc)))
            except Exception as exc:  # noqa: BLE001 - an object may vanish while we read
                log("skipped an object that vanished:", exc)

    def ident(self, acc) -> str:
        """Qt's accessible id: the object names (or class names) from the application down."""
        try:
            return acc.accessibleId or ""
        except Exception:  # noqa: BLE001 - older AT-SPI has no ids
            return ""

    def describe(self, acc, role: str) -> str:
        ident = self.ident(acc)
        parent = acc.parent
        where = f"{parent.getRoleName()} {parent.name!r}" if parent is not None else "?"
        return f"{role} {acc.name!r} (id {ident!r}, in {where})"

    def problem_of(self, acc, role: str) -> str | None:
        if role in ITEMS:
            if not self.state(acc, self.pyatspi.STATE_FOCUSABLE):
                return None
            if role == "table cell" and not self.names_a_row(acc):
                return None  # a value in a table (a blank unit, a folder's size) may be empty
        elif role not in INTERACTIVE:
            return None
        name = (acc.name or "").strip()
        if not name:
            return "no accessible name: " + self.describe(acc, role)
        ident = self.ident(acc)
        own_id = ident.rsplit(".", 1)[-1] if ident else ""
        if own_id and name == own_id:
            return "named after its object name: " + self.describe(acc, role)
        if CLASS_NAME.match(name) or IDENTIFIER.match(name):
            return "named like an internal identifier: " + self.describe(acc, role)
        return None

    def names_a_row(self, cell) -> bool:
        """Whether a table cell is the first column of a tree: what a reader says for the row."""
        parent = cell.parent
        if parent is None or parent.getRoleName() not in ("tree", "tree table"):
            return False
        try:
            return parent.queryTable().getColumnAtIndex(cell.getIndexInParent()) == 0
        except Exception:  # noqa: BLE001 - no table interface: treat every cell as a row
            return True

    def check(self, where: str, roots: list | None = None) -> dict:
        """Check every interactive control on screen; record and return the visit."""
        roots = roots if roots is not None else self.windows()
        checked = 0
        controls: list[str] = []
        problems: list[str] = []
        roles: dict[str, int] = {}
        for root in roots:
            for acc, role in self.nodes(root):
                if role in INTERACTIVE or role in ITEMS:
                    problem = self.problem_of(acc, role)
                    if role in INTERACTIVE or self.state(acc, self.pyatspi.STATE_FOCUSABLE):
                        checked += 1
                        roles[role] = roles.get(role, 0) + 1
                        controls.append(f"{role}: {acc.name}")
                    if problem:
                        problems.append(problem)
        visit = {
            "where": where,
            "title": self.page_title(),
            "checked": checked,
            "roles": roles,
            "problems": problems,
            "controls": controls,
        }
        self.report["visits"].append(visit)
        log(f"{where}: {checked} controls, {len(problems)} problems")
        return visit

    def check_menus(self) -> None:
        """Every menu and menu item of the menu bar (they are in the tree even when closed)."""
        frame = self.frame()
        problems: list[str] = []
        count = 0
        for bar in self.children(frame):
            if bar.getRoleName() != "menu bar":
                continue
            stack = [bar]
            while stack:
                acc = stack.pop()
                role = acc.getRoleName()
                if role in ("menu item", "menu"):
                    count += 1
                    problem = self.problem_of(acc, role)
                    if problem:
                        problems.append(problem)
                stack.extend(self.children(acc))
        self.report["menu_items"] = count
        self.report["visits"].append(
            {"where": "menus", "title": "", "checked": count, "roles": {}, "problems": problems}
        )
        log(f"menus: {count} items, {len(problems)} problems")

    # finding things ----------------------------------------------------------------

    def frame(self):
        for window in self.children(self.app):
            if window.getRoleName() == "frame":
                return window
        raise RuntimeError("the main window is not in the tree")

    def find(self, role: str, name: str | None = None, *, root=None, pattern: str | None = None):
        roots = [root] if root is not None else self.windows()
        for top in roots:
            for acc, acc_role in self.nodes(top):
                if acc_role != role:
                    continue
                if name is not None and acc.name != name:
                    continue
                if pattern is not None and not re.search(pattern, acc.name or ""):
                    continue
                return acc
        return None

    def menu_item(self, menu: str, item: str):
        for bar in self.children(self.frame()):
            if bar.getRoleName() != "menu bar":
                continue
            for top in self.children(bar):
                if top.name != menu:
                    continue
                for popup in self.children(top):
                    for entry in self.children(popup):
                        if entry.name == item:
                            return entry
        raise RuntimeError(f"no menu item {menu} › {item}")

    def page_title(self) -> str:
        frame = None
        try:
            frame = self.frame()
        except Exception:  # noqa: BLE001
            return ""
        if not self.showing(frame):
            return ""
        for acc, role in self.nodes(frame):
            if role in ("label", "heading") and PAGE_TITLE.match(acc.name or ""):
                return acc.name
        return ""

    def wait_for(self, what: str, condition, timeout: float = 8.0):
        deadline = time.monotonic() + timeout
        while True:
            try:
                value = condition()
            except Exception as exc:  # noqa: BLE001 - objects come and go while Qt works
                value = None
                last = exc
            else:
                last = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise RuntimeError(f"timed out waiting for {what}" + (f" ({last})" if last else ""))
            time.sleep(0.05)

    # pressing ---------------------------------------------------------------------

    def press(self, acc, what: str) -> None:
        """Press ``acc`` through its accessible action, as a screen reader's "click" does."""
        action = acc.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        for wanted in ("Press", "press", "click", "Toggle", "toggle"):
            if wanted in names:
                started = time.monotonic()
                try:
                    ok = action.doAction(names.index(wanted))
                except Exception as exc:  # noqa: BLE001 - say what it means for a user
                    raise RuntimeError(
                        f"pressing {what} got no answer ({exc}); a screen reader would hang "
                        "here: does its slot run a modal dialog with exec()?"
                    ) from exc
                took = time.monotonic() - started
                log(f"pressed {what} ({wanted}) in {took * 1000:.0f} ms")
                if took > 2.0:
                    raise RuntimeError(f"pressing {what} blocked for {took:.1f} s")
                if ok is False:
                    raise RuntimeError(f"pressing {what} was refused")
                return
        raise RuntimeError(f"{what} has no press action (it has {names})")

    def record(self, what: str, ok: bool, detail: str) -> None:
        self.report["presses"].append({"what": what, "ok": ok, "detail": detail})
        log(("OK  " if ok else "FAIL"), what, "—", detail)

    def dialog(self, pattern: str):
        for window in self.children(self.app):
            if (
                window.getRoleName() in ("dialog", "alert")
                and re.search(pattern, window.name or "")
                and self.showing(window)
            ):
                return window
        return None

    def press_button(self, root, name: str, what: str | None = None) -> None:
        button = self.wait_for(
            f"the {name!r} button", lambda: self.find("push button", name, root=root)
        )
        self.press(button, what or name)

    # the scenario -------------------------------------------------------------------

    def check_only(self) -> None:
        self.find_app()
        self.wait_for("the main window on screen", lambda: self.showing(self.frame()))
        # Wait until the window's controls are all in the tree (two equal counts in a row).
        counts: list[int] = []

        def settled() -> bool:
            counts.append(sum(1 for _acc, role in self.nodes(self.frame()) if role in INTERACTIVE))
            return len(counts) > 1 and counts[-1] == counts[-2] > 0

        self.wait_for("the window's controls", settled)
        self.check("first window")

    def run(self, *, pages: int) -> None:
        self.find_app()
        frame = self.wait_for("the main window on screen", lambda: self.showing(self.frame()))
        del frame
        first = self.wait_for("the first page", self.page_title)
        self.check_menus()
        self.check("page 1")

        # Every page, through Go › Next item.
        next_item = self.menu_item("Go", "Next item")
        titles = [first]
        for number in range(2, pages + 1):
            before = titles[-1]
            self.press(next_item, "Go › Next item")
            title = self.wait_for(
                f"page {number} after {before!r}",
                lambda before=before: (lambda t: t if t and t != before else None)(
                    self.page_title()
                ),
            )
            titles.append(title)
            self.check(f"page {number}")
        self.report["titles"] = titles
        self.record(
            "Go › Next item moves to the next page",
            len(set(titles)) == pages,
            f"{len(set(titles))} different pages seen, last {titles[-1]!r}",
        )
        self.press(self.menu_item("Go", "Previous item"), "Go › Previous item")
        back = self.wait_for(
            "the previous page",
            lambda: (lambda t: t if t != titles[-1] else None)(self.page_title()),
        )
        self.record(
            "Go › Previous item moves back one page",
            back == titles[-2],
            f"now on {back!r}, expected {titles[-2]!r}",
        )

        self.find_scenario()
        self.checks_scenario()
        self.profile_scenario()
        self.wizard_scenario()
        self.message_scenario("Help", "Keyboard shortcuts", "Keyboard shortcuts")
        self.message_scenario("Help", "About PactDesk", "About PactDesk")
        self.open_scenario()
        self.dialog_scenario("File", "Export…", "Export the contribution", "export dialog")
        self.dialog_scenario("File", "Import workbook…", "Import a workbook", "import dialog")
        self.dialog_scenario(
            "File", "Import Word document…", "Import a Word document", "import Word dialog"
        )
        self.welcome_scenario()

    def dialog_scenario(self, menu: str, item: str, title: str, where: str) -> None:
        """Another part's dialog, opened from its menu item: checked, then closed."""
        entry = self.menu_item(menu, item)
        if not self.state(entry, self.pyatspi.STATE_ENABLED):
            self.record(f"{menu} › {item} is enabled", False, "menu item disabled")
            return
        self.press(entry, f"{menu} › {item}")
        dialog = self.wait_for(f"the {title!r} dialog", lambda: self.dialog(re.escape(title)))
        self.record(f"{menu} › {item} opens its dialog", True, dialog.name)
        self.check(where, [dialog])
        for name in ("Close", "Cancel"):
            button = self.find("push button", name, root=dialog)
            if button is not None and self.state(button, self.pyatspi.STATE_ENABLED):
                self.press(button, f"{name} ({where})")
                break
        else:
            raise RuntimeError(f"the {title!r} dialog has no enabled Close or Cancel button")
        self.wait_for(
            f"the {title!r} dialog to close", lambda: self.dialog(re.escape(title)) is None
        )

    def open_scenario(self) -> None:
        self.press(self.menu_item("File", "Open…"), "File › Open…")
        dialog = self.wait_for("the open dialog", lambda: self.dialog(r"Open a draft"))
        self.record("File › Open… opens the file dialog", True, dialog.name)
        self.check("open dialog", [dialog])
        self.press_button(dialog, "Cancel", "Cancel (open)")
        self.wait_for("the open dialog to close", lambda: self.dialog(r"Open a draft") is None)

    def run_first_start(self) -> None:
        """A first start: no draft, no profile; the welcome screen, then New contribution."""
        self.find_app()
        self.wait_for("the main window on screen", lambda: self.showing(self.frame()))
        button = self.wait_for(
            "the welcome screen", lambda: self.find("push button", "New contribution…")
        )
        self.check_menus()
        self.check("first start: welcome screen")
        self.press(button, "New contribution… (welcome screen)")
        dialog = self.wait_for("the profile question", lambda: self.dialog(r"profile"))
        self.record("a first New contribution asks for the profile", True, dialog.name)
        self.check("first start: profile dialog", [dialog])
        self.press_button(dialog, "Cancel", "Cancel (profile)")
        wizard = self.wait_for("the wizard", lambda: self.dialog(r"(?i)new contribution"))
        self.record("then the new-contribution wizard opens", True, wizard.name)
        self.check("first start: wizard", [wizard])
        self.press_button(wizard, "Cancel", "Cancel (wizard)")
        self.wait_for("the wizard to close", lambda: self.dialog(r"(?i)new contribution") is None)

    def find_scenario(self) -> None:
        self.press(self.menu_item("Edit", "Find in the contribution…"), "Edit › Find")
        edit = self.wait_for(
            "the find box", lambda: self.find("text", "Find in the whole contribution")
        )
        self.check("find bar")
        needle = "zażółć"
        edit.queryEditableText().setTextContents(needle)
        count = self.wait_for(
            "the number of matches", lambda: self.find("label", pattern=r"^\d+ match")
        )
        before = self.page_title()
        self.press_button(None, "Next match")
        shown = self.wait_for("the first match", lambda: self.find("label", pattern=r"^1 of \d+$"))
        after = self.page_title()
        self.record(
            "the find bar's Next match button goes to a match",
            bool(shown) and bool(after),
            f"typed {needle!r}: {count.name!r}, then {shown.name!r}; page {before!r} -> {after!r}",
        )
        self.check("find bar in use")
        self.press_button(None, "Close the find bar")
        self.wait_for(
            "the find bar to close",
            lambda: self.find("text", "Find in the whole contribution") is None,
        )
        self.record("the find bar's Close button closes it", True, "the find box is gone")

    def checks_scenario(self) -> None:
        self.press(self.menu_item("Go", "Go to the checks"), "Go › Go to the checks")
        listing = self.wait_for(
            "the checks panel", lambda: self.find("list", "Findings for this item")
        )
        self.record("Go › Go to the checks shows the checks panel", bool(listing), "list on screen")
        self.check("checks panel")

    def profile_scenario(self) -> None:
        self.press(self.menu_item("File", "Your profile…"), "File › Your profile…")
        dialog = self.wait_for("the profile dialog", lambda: self.dialog(r"profile"))
        self.record("File › Your profile… opens the profile dialog", True, dialog.name)
        self.check("profile dialog", [dialog])
        self.press_button(dialog, "Cancel", "Cancel (profile)")
        self.wait_for("the profile dialog to close", lambda: self.dialog(r"profile") is None)
        self.record("the profile dialog's Cancel closes it", True, "closed")

    def wizard_scenario(self) -> None:
        self.press(self.menu_item("File", "New contribution…"), "File › New contribution…")
        dialog = self.wait_for(
            "the new-contribution wizard", lambda: self.dialog(r"(?i)new contribution")
        )
        self.record("File › New contribution… opens the wizard", True, dialog.name)
        self.check("wizard, page 1", [dialog])
        next_button = self.wait_for(
            "the wizard's Next button",
            lambda: self.find("push button", root=dialog, pattern=r"^Next"),
        )
        first = self.find("label", root=dialog, pattern=r"\?$")
        first_text = first.name if first is not None else ""
        self.press(next_button, "wizard › Next")
        second = self.wait_for(
            "the wizard's second page",
            lambda: (lambda a: a.name if a is not None and a.name != first_text else None)(
                self.find("label", root=dialog, pattern=r"\?$")
            ),
        )
        self.record(
            "the wizard's Next button shows the next page",
            bool(first_text),
            f"{first_text!r} -> {second!r}",
        )
        self.check("wizard, page 2", [dialog])
        self.press_button(dialog, "Cancel", "Cancel (wizard)")
        self.wait_for("the wizard to close", lambda: self.dialog(r"(?i)new contribution") is None)
        self.record("the wizard's Cancel closes it", True, "closed")

    def message_scenario(self, menu: str, item: str, title: str) -> None:
        self.press(self.menu_item(menu, item), f"{menu} › {item}")
        dialog = self.wait_for(f"the {title!r} window", lambda: self.dialog(re.escape(title)))
        self.record(f"{menu} › {item} opens its window", True, dialog.name)
        self.check(title, [dialog])
        self.press_button(dialog, "OK", f"OK ({title})")
        self.wait_for(
            f"the {title!r} window to close", lambda: self.dialog(re.escape(title)) is None
        )

    def welcome_scenario(self) -> None:
        self.press(self.menu_item("View", "Welcome screen"), "View › Welcome screen")
        button = self.wait_for(
            "the welcome screen", lambda: self.find("push button", "Look at a fictional example")
        )
        self.record("View › Welcome screen shows the welcome screen", True, "on screen")
        self.check("welcome screen")
        frame_name = self.frame().name
        self.press(button, "Look at a fictional example")
        title = self.wait_for(
            "the example to open",
            lambda: (lambda n: n if n != frame_name and "xample" in n else None)(self.frame().name),
        )
        self.wait_for("the example's first page", self.page_title)
        self.record("the welcome screen's example button opens the example", True, title)
        self.check("fictional example, page 1")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", required=True)
    parser.add_argument("--pages", type=int, default=0)
    parser.add_argument(
        "--check-only", action="store_true", help="check the first window, press nothing"
    )
    parser.add_argument(
        "--first-start", action="store_true", help="no draft, no profile: the first-run path"
    )
    parser.add_argument("--app-name", default="PactDesk")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = [c for c in args.command if c != "--"] if args.command[:1] == ["--"] else args.command
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise SystemExit("run me inside dbus-run-session")
    for tool in ("Xvfb", "dbus-send"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing (scripts/setup.sh test installs it)")

    started = time.monotonic()
    xvfb, display = start_xvfb()
    bus = None
    app = None
    walker = None
    try:
        os.environ["DISPLAY"] = display
        bus = start_bus()
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
            NO_AT_BRIDGE="0",
        )
        app = subprocess.Popen(command, env=env, stdout=sys.stderr, stderr=sys.stderr)
        walker = Walker(args.app_name)
        try:
            if args.check_only:
                walker.check_only()
            elif args.first_start:
                walker.run_first_start()
            else:
                walker.run(pages=args.pages)
        except Exception as exc:  # noqa: BLE001 - reported to the test, which fails
            walker.report["errors"].append(f"{exc}\n{traceback.format_exc()}")
            log("ERROR", exc)
        if app.poll() is not None:
            walker.report["errors"].append(f"the application exited with {app.returncode}")
    finally:
        if app is not None and app.poll() is None:
            app.terminate()
            try:
                app.wait(5)
            except subprocess.TimeoutExpired:
                app.kill()
        for proc in (bus, xvfb):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
    report = walker.report if walker is not None else {"errors": ["not started"]}
    report["seconds"] = round(time.monotonic() - started, 2)
    with open(args.report, "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
