"""Benchmark: importing a return, and the three-way merge of a long answer, against floors.

Bars (issue 13), each against a floor measured in the same run:

* importing a return of 10 commitments of a full draft (read, check, plan,
  merge, one transaction; every text field edited, every data table with a
  row changed and a row added) <= 3x the time to apply the same edits with
  import-json (the same draft, a contribution file carrying those edits);
* merging a 10x answer (~4,000 words) edited on both sides <= 2x difflib's
  SequenceMatcher (its defaults) diffing the same word tokens once.

    .venv/bin/python bench/bench_exchange.py [--runs N]

Exit status 1 when a bar is missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher
from pathlib import Path


def median_time(
    fn: Callable[[], object], runs: int, setup: Callable[[], None] | None = None
) -> float:
    if setup is not None:
        setup()
    fn()  # warm up: imports, caches
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def edit(text: str, n: int) -> str:
    """``text`` with a few words changed at one place and a sentence added."""
    words = text.split(" ")
    at = (len(words) * n) // 7
    words[at : at + 3] = ["zmieniono", "tutaj", f"słowa-{n}"]
    return " ".join(words) + f" Dodane zdanie {n}."


def bench_import(tmp: Path, runs: int) -> tuple[float, float]:
    from pactdesk.domain import fields as names
    from pactdesk.domain.contribution import DataPoint, decode_data, encode_rows
    from pactdesk.services import exchange, interchange
    from pactdesk.services.drafts import Draft
    from pactdesk.testing.drafts import create_full_draft

    coordinator = tmp / "coordinator.pactdesk"
    with create_full_draft(coordinator) as draft:
        chosen = [c.id for c in draft.framework.commitments()][:10]
        exchange.export_package(draft, tmp / "to.pdx", items=chosen, author="bench")
    exchange.open_package(
        exchange.read_package((tmp / "to.pdx").read_bytes(), label="to.pdx"),
        tmp / "contributor.pactdesk",
    )
    with Draft.open(tmp / "contributor.pactdesk") as contributor:
        items = contributor.items()
        changes = {}
        for cid in chosen:
            for key in names.keys_of_item(contributor.framework, cid):
                if key.endswith("/data"):  # a row added and a row changed: merged by row id
                    rows = list(decode_data(items[key]))
                    if rows:
                        rows[0] = replace(rows[0], value=(rows[0].value or 0) + 1)
                    rows.append(DataPoint("Nowy wskaźnik", "2009-H1", 7, "osoby", "GUS", False))
                    changes[key] = encode_rows(tuple(rows))
                elif not key.endswith("/references"):
                    changes[key] = edit(items[key], len(changes) % 6 + 1)
        contributor.save_many(changes, author="Contributor")
        exchange.export_return(contributor, tmp / "back.pdx", author="Contributor")
    # The floor: the same edits as a contribution file, through import-json.
    shutil.copy(coordinator, tmp / "edited.pactdesk")
    with Draft.open(tmp / "edited.pactdesk") as edited:
        edited.save_many(changes, author="Contributor")
        interchange.export_json(edited, tmp / "edits.json")
    raw_json = (tmp / "edits.json").read_bytes()
    raw_back = (tmp / "back.pdx").read_bytes()
    target = tmp / "target.pactdesk"

    def fresh() -> None:
        shutil.copy(coordinator, target)

    def by_json() -> None:
        with Draft.open(target) as draft:
            result = interchange.import_json(draft, raw_json, name="edits.json", author="bench")
            assert len(result.changed) == len(changes)

    def by_return() -> None:
        with Draft.open(target) as draft:
            opened = exchange.read_package(raw_back, label="back.pdx")
            plan = exchange.plan_import(draft, opened)
            outcome = exchange.apply_import(draft, plan, author="bench")
            assert len(outcome.changed) == len(changes), outcome

    floor = median_time(by_json, runs, fresh)
    measured = median_time(by_return, runs, fresh)
    print(
        f"import a return of 10 commitments ({len(changes)} fields) of a full draft: "
        f"{measured:.3f} s; import-json of the same edits: {floor:.3f} s  (median of {runs})"
    )
    return measured, floor


def bench_merge(runs: int) -> tuple[float, float]:
    from pactdesk.domain.merge import merge_field, tokens
    from pactdesk.testing.samples import sample_text

    base = sample_text("commitment/II.b/actions_undertaken", words=4000)
    words = base.split(" ")
    ours = " ".join(words[:300] + ["koordynator", "zmienił"] + words[302:])
    theirs_words = list(words)
    theirs_words[2500:2502] = ["ministerstwo", "pracy", "dopisało"]
    theirs = " ".join(theirs_words) + "\n\nNowy akapit ministerstwa pracy."
    result = merge_field(base, ours, theirs, rows=False)
    assert result.outcome == "merged", result.outcome
    base_tokens, theirs_tokens = tokens(base), tokens(theirs)

    def floor_fn() -> None:
        SequenceMatcher(None, base_tokens, theirs_tokens).get_opcodes()

    def merge_fn() -> None:
        merge_field(base, ours, theirs, rows=False)

    floor = median_time(floor_fn, runs)
    measured = median_time(merge_fn, runs)
    print(
        f"merge a 10x answer ({len(base_tokens):,} words) edited on both sides: "
        f"{measured * 1000:.1f} ms; SequenceMatcher over the same tokens: "
        f"{floor * 1000:.1f} ms  (median of {runs})"
    )
    return measured, floor


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pactdesk-bench-") as tmp:
        os.environ["PACTDESK_HOME"] = str(Path(tmp) / "home")
        imported, json_floor = bench_import(Path(tmp), args.runs)
        merged, matcher_floor = bench_merge(args.runs)
    ratio_import = imported / json_floor
    ratio_merge = merged / matcher_floor
    ok_import = ratio_import <= 3
    ok_merge = ratio_merge <= 2
    print(
        f"bar: return import <= 3x import-json:    {ratio_import:.2f}x  "
        f"{'met' if ok_import else 'MISSED'}"
    )
    print(
        f"bar: merge <= 2x SequenceMatcher:         {ratio_merge:.2f}x  "
        f"{'met' if ok_merge else 'MISSED'}"
    )
    return 0 if ok_import and ok_merge else 1


if __name__ == "__main__":
    raise SystemExit(main())
