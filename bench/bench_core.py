"""Core benchmarks: save a field, open a draft, export JSON, `pactdesk status`.

Run:  .venv/bin/python bench/bench_core.py      (or ./bench/run-all)

A "full draft" is generated deterministically (pactdesk.testing.samples):
every field filled with about 400 words in several EU languages.  The bare
sqlite3 floor writes the same bytes (the item's new value and an event with
before and after) with the same durability (rollback journal,
synchronous=FULL) in the same run, so the two figures are comparable on any
machine.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SAVES = 1000
OPENS = 30


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:8.3f} ms"


def make_full_draft(folder: Path, name: str = "full.pactdesk") -> Path:
    from pactdesk.frameworks import shipped_framework, shipped_framework_bytes
    from pactdesk.services.drafts import Draft
    from pactdesk.testing.samples import full_items

    framework = shipped_framework("pact-2010")
    path = folder / name
    with Draft.create(
        path,
        framework=framework,
        framework_raw=shipped_framework_bytes("pact-2010"),
        member_state="PL",
        cycle=2010,
        language="pl",
        author="bench",
    ) as draft:
        draft.save_many(full_items(framework), author="bench")
    return path


def bench_saves(path: Path) -> tuple[list[float], list[float]]:
    from pactdesk.domain.contribution import text_keys
    from pactdesk.services.drafts import Draft

    draft = Draft.open(path)
    keys = list(text_keys(draft.framework))[:20]
    base = {key: draft.value(key) for key in keys}
    ours: list[float] = []
    for i in range(SAVES):
        key = keys[i % len(keys)]
        value = base[key] + f" {i}"
        start = time.perf_counter()
        draft.save(key, value, author="bench")
        ours.append(time.perf_counter() - start)
    draft.close()

    # The floor: the same rows, the same bytes, the same durability, no PactDesk.
    floor_path = path.with_name("floor.sqlite")
    conn = sqlite3.connect(floor_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE item (key TEXT PRIMARY KEY, value TEXT, revision INTEGER)")
    conn.execute(
        "CREATE TABLE event (seq INTEGER PRIMARY KEY, at TEXT, author TEXT, item TEXT, "
        "before TEXT, after TEXT, source TEXT, prev_hash TEXT, hash TEXT)"
    )
    conn.execute("CREATE INDEX ix_event_item ON event (item)")
    for key, value in base.items():
        conn.execute("INSERT INTO item VALUES (?, ?, 0)", (key, value))
    floor: list[float] = []
    previous = dict(base)
    for i in range(SAVES):
        key = keys[i % len(keys)]
        value = base[key] + f" {i}"
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE item SET value = ?, revision = ? WHERE key = ?", (value, i, key))
        conn.execute(
            "INSERT INTO event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                i + 1,
                "2026-01-01T00:00:00.000000+00:00",
                "bench",
                key,
                previous[key],
                value,
                None,
                "0" * 64,
                "f" * 64,
            ),
        )
        conn.execute("COMMIT")
        floor.append(time.perf_counter() - start)
        previous[key] = value
    conn.close()
    return ours, floor


def bench_open(path: Path) -> tuple[list[float], list[float]]:
    from pactdesk.services.drafts import Draft

    opens: list[float] = []
    reads: list[float] = []
    for _ in range(OPENS):
        start = time.perf_counter()
        draft = Draft.open(path)
        opened = time.perf_counter()
        draft.contribution()
        reads.append(time.perf_counter() - start)
        opens.append(opened - start)
        draft.close()
    return opens, reads


def bench_export_json(path: Path, folder: Path) -> list[float]:
    from pactdesk.services.drafts import Draft
    from pactdesk.services.interchange import export_json

    times = []
    with Draft.open(path) as draft:
        for i in range(10):
            start = time.perf_counter()
            export_json(draft, folder / f"out{i}.json")
            times.append(time.perf_counter() - start)
    return times


def bench_status_process(path: Path) -> list[float]:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pactdesk", "status", str(path)],
            capture_output=True,
            check=False,
            cwd=REPO,
        )
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["PACTDESK_HOME"] = str(folder / "home")
        path = make_full_draft(folder)
        size = path.stat().st_size
        ours, floor = bench_saves(path)
        opens, reads = bench_open(path)
        exports = bench_export_json(path, folder)
        status = bench_status_process(path)

    print(
        f"PactDesk core benchmark — {platform.node()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )
    print(f"full draft: {size / 1e6:.2f} MB on disk")
    p99_ours, p99_floor = percentile(ours, 0.99), percentile(floor, 0.99)
    print(
        f"save one field ({SAVES} saves)   median {fmt(statistics.median(ours))}   "
        f"p99 {fmt(p99_ours)}"
    )
    print(
        f"bare sqlite3, same bytes       median {fmt(statistics.median(floor))}   "
        f"p99 {fmt(p99_floor)}"
    )
    print(
        f"  ratio to the floor           median {statistics.median(ours) / statistics.median(floor):8.2f} ×"
        f"   p99 {p99_ours / p99_floor:8.2f} ×"
    )
    print(
        f"open a full draft              median {fmt(statistics.median(opens))}   "
        f"max {fmt(max(opens))}"
    )
    print(
        f"open + read every field        median {fmt(statistics.median(reads))}   "
        f"max {fmt(max(reads))}"
    )
    print(f"export JSON of a full draft    median {fmt(statistics.median(exports))}")
    print(f"`pactdesk status` (process)    median {fmt(statistics.median(status))}")
    ok = (
        p99_ours <= 0.002
        and p99_ours <= 3 * p99_floor
        and statistics.median(ours) <= 3 * statistics.median(floor)
        and statistics.median(opens) <= 0.150
    )
    print("bars (save p99 ≤ 2 ms and ≤ 3× floor; open ≤ 150 ms):", "met" if ok else "NOT MET")


if __name__ == "__main__":
    main()
