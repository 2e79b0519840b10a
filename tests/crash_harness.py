"""The crash harness: kill PactDesk with SIGKILL in the middle of its work, then check.

Each trial starts a child process that does one operation on a fresh copy of
a full, signed-off draft — saving (``Draft.save`` / ``save_many``, the
autosave path), ``import-json``, ``import-xlsx``, ``exchange import`` (the
three-way merge), ``export-json`` / ``export-xlsx`` / ``export-pdf`` to a
path, ``bundle`` — and kills it at a random moment.  The moment is drawn
uniformly from ``[0, d]`` after the child says it is ready (its imports are
done), where ``d`` is the operation's duration measured first, uncrashed,
on the same machine; every third round of trials draws it from
``[0.75 d, 1.05 d]``, the tail in which the draft's transaction and the
output file are written; and every third kills the child at a write point:
just before or just after one of the ``os.fsync`` / ``os.replace`` calls
the measured run made (a hook in the child, set by the harness's
environment only; the product has no such hook).  So kills land throughout the operation, inside
the write included, not only before or after it; the report counts the
kills that left a hot journal (inside a draft transaction) or a temporary
file (inside an export's write).  The save loop never stops, so
every kill of it lands among saves.

After each kill the harness checks, with nothing of the child's left but
the files:

- the draft opens for writing (the lock died with the child) and
  ``PRAGMA integrity_check`` says ``ok``; its history chain checks;
- every save the child reported as returned (one line per save, fsync'ed
  before the next save starts) is in the history;
- an import's or a merge's content is wholly the old or wholly the new one
  (the new one: what the measured, uncrashed run produced);
- at the requested export path there is no file, or a complete one (JSON
  parses; the workbook opens; ``qpdf --check`` passes the PDF; the bundle's
  zip is sound and holds every member); temporary files beside it are
  named ``.NAME.*.part``, and counted.

Run it with ``scripts/crash-harness.py``; ``tests/test_crash_harness.py`` runs
a short version.  It lives in tests/ because it drives the command line,
which the core (``pactdesk.testing`` included) may not import.
Threading: none; the parent waits on one child at a time.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: The repository: the child runs ``python -m tests.crash_harness`` from here.
REPO = Path(__file__).resolve().parents[1]

OPERATIONS = (
    "save",
    "import-json",
    "import-xlsx",
    "exchange-import",
    "export-json",
    "export-xlsx",
    "export-pdf",
    "bundle",
)
#: The save loop runs until killed; kills are drawn over this window.
SAVE_WINDOW_S = 1.0
PASSPHRASE_ENV = "PACTDESK_CRASH_HARNESS_PASSPHRASE"
DRAFT = "draft.pactdesk"

#: What each operation's child imports before it says "ready", so that the
#: measured duration is the operation's own work, not Python loading modules.
_PRELOAD = {
    "import-json": ("pactdesk.services.interchange",),
    "import-xlsx": ("pactdesk.services.workbook",),
    "exchange-import": ("pactdesk.services.exchange",),
    "export-json": ("pactdesk.services.interchange",),
    "export-xlsx": ("pactdesk.services.workbook",),
    "export-pdf": ("pactdesk.services.pdf_export",),
    "bundle": ("pactdesk.services.bundle", "pactdesk.services.sign_offs"),
}


@dataclass
class Trial:
    operation: str
    delay_s: float
    at: str  # when the kill came: "0.123 s" after ready, or "write point 2/3 before"
    killed: bool  # False: the child finished before the kill came
    problems: list[str]
    temporary_files: int  # clearly named ``.NAME.*.part`` files left beside an export
    hot_journal: bool  # the kill left a -journal: it landed inside a draft transaction
    outcome: str  # "old", "new", "absent", "complete", "saves N"


@dataclass
class Report:
    seed: int
    trials: list[Trial] = field(default_factory=list)
    measured_s: dict[str, float] = field(default_factory=dict)
    duration_s: float = 0.0

    @property
    def losses(self) -> list[Trial]:
        return [t for t in self.trials if t.problems]

    def summary(self) -> str:
        lines = [
            f"{len(self.trials)} trials, {len(self.losses)} with a loss, "
            f"{self.duration_s:.0f} s, seed {self.seed}",
            f"{'operation':<16}{'trials':>7}{'killed':>7}{'at wp':>6}{'in txn':>7}{'tmp left':>9}"
            f"{'losses':>7}  measured  outcomes",
        ]
        for op in OPERATIONS:
            mine = [t for t in self.trials if t.operation == op]
            if not mine:
                continue
            outcomes: dict[str, int] = {}
            for t in mine:
                word = t.outcome.split()[0]
                outcomes[word] = outcomes.get(word, 0) + 1
            lines.append(
                f"{op:<16}{len(mine):>7}{sum(t.killed for t in mine):>7}"
                f"{sum(t.at.startswith('write point') for t in mine):>6}"
                f"{sum(t.hot_journal for t in mine):>7}"
                f"{sum(t.temporary_files for t in mine):>9}"
                f"{sum(bool(t.problems) for t in mine):>7}"
                f"  {self.measured_s.get(op, SAVE_WINDOW_S):6.2f} s  "
                + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
            )
        for t in self.losses:
            lines.append(f"LOSS {t.operation} at {t.at}: {'; '.join(t.problems)}")
        return "\n".join(lines)


# -- the child -----------------------------------------------------------------


def _child_save(draft_path: Path, log_path: Path) -> None:
    """Save forever; after each save returns, log it and fsync the log."""
    from pactdesk.domain.contribution import text_keys
    from pactdesk.services.drafts import Draft

    draft = Draft.open(draft_path)
    keys = list(text_keys(draft.framework))
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - lives until killed
    _ready()
    i = 0
    while True:
        if i % 4 == 3:  # a save of several fields at once, as a paste or an import does
            draft.save_many(
                {keys[(i + j) % len(keys)]: saved_value(i, j) for j in range(3)}, author="saver"
            )
        else:
            draft.save(keys[i % len(keys)], saved_value(i, 0), author="saver")
        log.write(f"{i}\n")
        log.flush()
        os.fsync(log.fileno())
        i += 1


def saved_value(i: int, j: int) -> str:
    return f"zapis {i}.{j} — αποθήκευση — запис " + "ż" * (i % 300)


#: Write points of the child: every ``os.fsync`` and ``os.replace`` it calls
#: (an export's temporary file synced, then renamed over the target).
CRASH_AT_ENV = "PACTDESK_CRASH_AT"  # "N before" / "N after": kill at the N-th point
TRACE_ENV = "PACTDESK_CRASH_TRACE"  # the measuring run counts the points here


def _hook_write_points() -> None:
    """In the child only: count write points, and kill this process at the chosen one."""
    crash_at = os.environ.get(CRASH_AT_ENV, "")
    trace = os.environ.get(TRACE_ENV, "")
    if not crash_at and not trace:
        return
    at, _, when = crash_at.partition(" ")
    target = int(at) if at else 0
    count = 0

    def hooked(original: Callable[..., object]) -> Callable[..., object]:
        def point(*args: object, **kwargs: object) -> object:
            nonlocal count
            count += 1
            if trace:
                with open(trace, "a", encoding="utf-8") as log:
                    log.write(f"{original.__name__}\n")
            if count == target and when == "before":
                os.kill(os.getpid(), signal.SIGKILL)
            result = original(*args, **kwargs)
            if count == target and when == "after":
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        return point

    os.fsync = hooked(os.fsync)  # type: ignore[assignment]
    os.replace = hooked(os.replace)  # type: ignore[assignment]


def _child_cli(operation: str, argv: Sequence[str]) -> None:
    import importlib

    from pactdesk.cli import build_parser, main

    build_parser()
    for name in _PRELOAD.get(operation, ()):
        importlib.import_module(name)
    _hook_write_points()
    _ready()
    raise SystemExit(main(list(argv)))


def _ready() -> None:
    sys.stdout.write("ready\n")
    sys.stdout.flush()


def child_main(args: Sequence[str]) -> None:
    if args[0] == "save":
        _child_save(Path(args[1]), Path(args[2]))
    else:
        _child_cli(args[0], args[1:])


# -- the parent ----------------------------------------------------------------


@dataclass
class _Fixture:
    folder: Path
    pristine: Path  # the full, signed-off draft every trial starts from
    old_items: dict[str, str]
    inputs: dict[str, Path]
    submitter: str
    passphrase: str
    new_items: dict[str, dict[str, str]] = field(default_factory=dict)
    write_points: dict[str, int] = field(default_factory=dict)
    bundle_members: set[str] = field(default_factory=set)


def _prepare(folder: Path) -> _Fixture:
    """A full draft signed off, and the files each operation reads (in PACTDESK_HOME)."""
    import io

    import openpyxl

    from pactdesk.cli import main as cli_main
    from pactdesk.domain.contribution import ACTIONS, answer_key
    from pactdesk.services import sign_offs
    from pactdesk.services.drafts import Draft
    from pactdesk.testing.drafts import create_full_draft
    from pactdesk.testing.officials import make_ca, make_official, signer_of

    folder.mkdir(parents=True, exist_ok=True)
    pristine = folder / "pristine" / DRAFT
    pristine.parent.mkdir()
    make_ca("Crash harness sign-off CA")
    submitter = make_official("Crash Harness Submitter")
    draft = create_full_draft(pristine, author="Coordinator")
    try:
        sign_offs.sign(draft, signer_of(submitter), "approver")
        old_items = draft.items()
    finally:
        draft.close()
    inputs: dict[str, Path] = {}
    work = folder / "inputs"
    work.mkdir()

    # import-json: the draft's own export with every answer changed.  (Not an
    # export of a changed copy: that copy's head, recorded on this computer,
    # would rightly make the draft's history look cut short.)
    exported = work / "exported.json"
    _cli(cli_main, ["export-json", str(pristine), str(exported)])
    document = json.loads(exported.read_text(encoding="utf-8"))
    for area in document["political_report"]:
        area["assessment"] = "NOWE " + area["assessment"]
    for commitment in document["commitments"]:
        for column in ("actions_undertaken", "developments_planned"):
            commitment[column] = "NOWE " + commitment.get(column, "")
        for prompt in commitment.get("prompts", []):
            prompt["answer"] = "NOWE " + prompt["answer"]
    inputs["import-json"] = work / "changed.json"
    inputs["import-json"].write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    # import-xlsx: the draft's workbook with every long answer cell edited, as in Excel.
    workbook = work / "workbook.xlsx"
    _cli(cli_main, ["export-xlsx", str(pristine), str(workbook)])
    wb = openpyxl.load_workbook(io.BytesIO(workbook.read_bytes()))
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if (
                    isinstance(cell.value, str)
                    and len(cell.value) > 200
                    and not cell.protection.locked
                ):
                    cell.value = "ZMIENIONE " + cell.value
    buffer = io.BytesIO()
    wb.save(buffer)
    inputs["import-xlsx"] = work / "edited.xlsx"
    inputs["import-xlsx"].write_bytes(buffer.getvalue())

    # exchange import: a package of three commitments, answered by a colleague.
    coordinator = work / "coordinator.pactdesk"
    shutil.copy(pristine, coordinator)
    package = work / "to-labour.pdx"
    _cli(cli_main, ["exchange", "export", str(coordinator), "--items", "II.a,II.b,II.c",
                    "--to", str(package)])  # fmt: skip
    contributor = work / "labour.pactdesk"
    _cli(cli_main, ["exchange", "open", str(package), str(contributor)])
    with Draft.open(contributor) as colleague:
        colleague.save_many(
            {
                answer_key(c, ACTIONS): f"Odpowiedź ministerstwa pracy do {c}. " * 40
                for c in ("II.a", "II.b", "II.c")
            },
            author="Anna Nowak",
        )
    inputs["exchange-import"] = work / "back.pdx"
    _cli(cli_main, ["exchange", "return", str(contributor), "--to",
                    str(inputs["exchange-import"]), "--unsigned"])  # fmt: skip
    # The package export was recorded in the coordinator's copy: that copy is the base.
    shutil.copy(coordinator, pristine)
    with Draft.open(pristine) as base:
        old_items = base.items()
    return _Fixture(folder, pristine, old_items, inputs, submitter.id, submitter.passphrase)


def _cli(cli_main: Callable[[list[str]], int], argv: list[str]) -> None:
    code = cli_main(argv)
    if code != 0:
        raise RuntimeError(f"setting up the crash harness: pactdesk {argv[0]} exited {code}")


def _argv(fx: _Fixture, operation: str, trial_dir: Path) -> list[str]:
    draft = str(trial_dir / DRAFT)
    out = trial_dir / "out"
    if operation == "save":
        return ["save", draft, str(trial_dir / "saved.log")]
    if operation in ("import-json", "import-xlsx"):
        return [operation, operation, draft, str(fx.inputs[operation]), "--author", "Harness"]
    if operation == "exchange-import":
        return [operation, "exchange", "import", draft, str(fx.inputs[operation])]
    suffix = {"export-json": "json", "export-xlsx": "xlsx", "export-pdf": "pdf"}
    if operation in suffix:
        return [operation, operation, draft, str(out / f"contribution.{suffix[operation]}")]
    return [operation, "bundle", draft, str(out / "contribution.asice"), "--identity",
            fx.submitter, "--passphrase-env", PASSPHRASE_ENV]  # fmt: skip


def _target(operation: str, trial_dir: Path) -> Path | None:
    names = {
        "export-json": "contribution.json",
        "export-xlsx": "contribution.xlsx",
        "export-pdf": "contribution.pdf",
        "bundle": "contribution.asice",
    }
    return trial_dir / "out" / names[operation] if operation in names else None


def _start(
    fx: _Fixture, operation: str, trial_dir: Path, extra_env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    if trial_dir.exists():
        shutil.rmtree(trial_dir)
    (trial_dir / "out").mkdir(parents=True)
    shutil.copy(fx.pristine, trial_dir / DRAFT)
    env = dict(os.environ)
    env[PASSPHRASE_ENV] = fx.passphrase
    env.update(extra_env or {})
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_harness", *_argv(fx, operation, trial_dir)],
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        proc.kill()
        proc.wait()
        _close(proc)
        raise RuntimeError(f"the {operation} child did not start")
    return proc


def _close(proc: subprocess.Popen[str]) -> None:
    if proc.stdout is not None:
        proc.stdout.close()


def _measure(fx: _Fixture, operation: str) -> float:
    """The operation's duration uncrashed (ready → exit); keeps what it produced."""
    trial_dir = fx.folder / "measure" / operation
    trace = fx.folder / "measure" / f"{operation}.points"
    proc = _start(fx, operation, trial_dir, {TRACE_ENV: str(trace)})
    began = time.perf_counter()
    code = proc.wait()
    took = time.perf_counter() - began
    _close(proc)
    if code != 0:
        raise RuntimeError(f"the uncrashed {operation} exited {code}")
    fx.write_points[operation] = len(trace.read_text().split()) if trace.exists() else 0
    from pactdesk.services.drafts import Draft

    with Draft.open(trial_dir / DRAFT) as draft:
        fx.new_items[operation] = draft.items()
    if operation in ("import-json", "import-xlsx", "exchange-import") and (
        fx.new_items[operation] == fx.old_items
    ):
        raise RuntimeError(f"the uncrashed {operation} changed nothing: no test")
    if operation == "bundle":
        with zipfile.ZipFile(trial_dir / "out" / "contribution.asice") as zf:
            fx.bundle_members = set(zf.namelist())
    return took


def _check(fx: _Fixture, operation: str, trial_dir: Path) -> tuple[list[str], str, int]:
    from pactdesk.db.store import integrity_check
    from pactdesk.services.drafts import Draft

    problems: list[str] = []
    path = trial_dir / DRAFT
    outcome = ""
    try:
        with Draft.open(path) as draft:
            items = draft.items()
            history = draft.check_history()
            after = {e.after for e in draft.events()} if operation == "save" else set()
    except Exception as error:  # any failure to open is a loss, whatever its kind
        return [f"the draft does not open: {error!r}"], "", 0
    check = integrity_check(path)
    if check != "ok":
        problems.append(f"integrity_check: {check}")
    if history:
        problems.append(f"history problems: {history[:3]}")
    if operation == "save":
        returned = [int(x) for x in (trial_dir / "saved.log").read_text().split()]
        for i in returned:
            wanted = [saved_value(i, j) for j in range(3 if i % 4 == 3 else 1)]
            if not all(v in after for v in wanted):
                problems.append(f"save {i} returned but is not in the draft")
        outcome = f"saves {len(returned)}"
    elif operation in ("import-json", "import-xlsx", "exchange-import"):
        if items == fx.old_items:
            outcome = "old"
        elif items == fx.new_items[operation]:
            outcome = "new"
        else:
            differ = sorted(
                k for k in set(items) | set(fx.old_items) if items.get(k) != fx.old_items.get(k)
            )
            problems.append(f"neither old nor new content ({len(differ)} items differ)")
    elif items != fx.old_items:
        problems.append("an export changed the draft's content")
    temporary = 0
    target = _target(operation, trial_dir)
    if target is not None:
        for other in sorted(target.parent.iterdir()):
            if other == target:
                continue
            if other.name.startswith(f".{target.name}.") and other.name.endswith(".part"):
                temporary += 1
            else:
                problems.append(f"an unexpected file beside the export: {other.name}")
        if not target.exists():
            outcome = "absent"
        else:
            broken = _incomplete(fx, target)
            if broken:
                problems.append(f"partial file at the requested path: {broken}")
            outcome = "partial" if broken else "complete"
    return problems, outcome, temporary


def _incomplete(fx: _Fixture, target: Path) -> str:
    """'' when ``target`` is a complete file of its kind, else what is wrong with it."""
    try:
        if target.suffix == ".json":
            document = json.loads(target.read_text(encoding="utf-8"))
            return (
                "" if document.get("format") == "pactdesk.contribution/1" else "not a contribution"
            )
        if target.suffix == ".pdf":
            result = subprocess.run(["qpdf", "--check", str(target)], capture_output=True)
            return "" if result.returncode == 0 else f"qpdf --check exit {result.returncode}"
        with zipfile.ZipFile(target) as zf:
            bad = zf.testzip()
            if bad is not None:
                return f"damaged member {bad}"
            if target.suffix == ".asice" and set(zf.namelist()) != fx.bundle_members:
                return "members missing"
        if target.suffix == ".xlsx":
            import openpyxl

            openpyxl.load_workbook(target, read_only=True).close()
        return ""
    except Exception as error:  # a file we cannot read as its kind is partial
        return f"{type(error).__name__}: {error}"


def run(
    folder: Path,
    *,
    trials: int,
    seed: int | None = None,
    operations: Sequence[str] = OPERATIONS,
    progress: Callable[[Trial], None] | None = None,
) -> Report:
    """Run ``trials`` kills spread evenly over ``operations`` in ``folder``.

    ``PACTDESK_HOME`` is pointed at ``folder/home`` for the run (identities,
    keys and recorded heads of the harness stay there).
    """
    seed = random.SystemRandom().randrange(2**32) if seed is None else seed
    rng = random.Random(seed)
    report = Report(seed)
    began = time.perf_counter()
    home_before = os.environ.get("PACTDESK_HOME")
    os.environ["PACTDESK_HOME"] = str(folder / "home")
    try:
        fx = _prepare(folder)
        for op in operations:
            if op != "save":
                report.measured_s[op] = _measure(fx, op)
        for n in range(trials):
            op = operations[n % len(operations)]
            window = SAVE_WINDOW_S if op == "save" else report.measured_s[op]
            # Rounds of one trial per operation take turns: a kill at a moment drawn
            # over the whole operation; one in its last quarter (and a little past
            # it), where the draft's transaction and the output file are written;
            # one at a write point the child reaches (an fsync or a rename, just
            # before or just after it), where it has any.
            mode = n // len(operations) % 3
            points = fx.write_points.get(op, 0)
            trial_dir = folder / "trial"
            if mode == 2 and points:
                point = rng.randint(1, points)
                when = rng.choice(("before", "after"))
                at = f"write point {point}/{points} {when}"
                proc = _start(fx, op, trial_dir, {CRASH_AT_ENV: f"{point} {when}"})
                started = time.perf_counter()
                proc.wait(timeout=120)
                delay = time.perf_counter() - started
                killed = proc.returncode == -signal.SIGKILL
            else:
                if mode == 1:
                    delay = rng.uniform(0.75 * window, 1.05 * window)
                else:
                    delay = rng.uniform(0, window)
                at = f"{delay:.3f} s"
                proc = _start(fx, op, trial_dir)
                time.sleep(delay)
                killed = proc.poll() is None  # poll() reaps a child that has finished
                if killed:
                    os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
            _close(proc)
            hot = (trial_dir / f"{DRAFT}-journal").exists()
            problems, outcome, temporary = _check(fx, op, trial_dir)
            trial = Trial(op, delay, at, killed, problems, temporary, hot, outcome)
            report.trials.append(trial)
            if progress is not None:
                progress(trial)
    finally:
        if home_before is None:
            os.environ.pop("PACTDESK_HOME", None)
        else:
            os.environ["PACTDESK_HOME"] = home_before
    report.duration_s = time.perf_counter() - began
    return report


if __name__ == "__main__":
    child_main(sys.argv[1:])
