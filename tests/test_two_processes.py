"""Two processes on one draft: whoever holds it writes; the other reads only and is refused.

Two long-lived processes take turns 1,000 times.  At each turn the holder
opens the draft for writing and saves; the other then tries to open it for
writing (refused, with a message naming the holder), opens it read-only and
tries to save (refused).  Afterwards every accepted write is in the history,
no refused one is, and the file passes SQLite's integrity check.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from pactdesk.db.store import integrity_check
from pactdesk.services.drafts import Draft

TURNS = 1000

PARTY = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from pactdesk.services.drafts import Draft, DraftLockedError, ReadOnlyDraftError

    path, name = Path(sys.argv[1]), sys.argv[2]
    held = None
    print("ready", flush=True)
    for line in sys.stdin:
        word, turn = line.split()
        if word == "hold":
            held = Draft.open(path)
            held.save("political/I", f"turn {turn} by {name}", author=name)
            print("accepted", flush=True)
        elif word == "release":
            held.close()
            held = None
            print("released", flush=True)
        elif word == "try":
            try:
                Draft.open(path).close()
                print("let-in", flush=True)
                continue
            except DraftLockedError as locked:
                message = str(locked).splitlines()[0]
            reader = Draft.open(path, allow_read_only_fallback=True)
            try:
                assert reader.info.read_only and reader.info.locked_by_other
                reader.save("political/I", f"refused {turn} by {name}", author=name)
                print("saved-read-only", flush=True)
            except ReadOnlyDraftError as refused:
                print("refused\\t" + message + "\\t" + str(refused), flush=True)
            finally:
                reader.close()
    """
)


def test_two_processes_take_turns_a_thousand_times(new_draft) -> None:
    draft = new_draft()
    path = draft.path
    draft.close()
    parties = {
        name: subprocess.Popen(
            [sys.executable, "-c", PARTY, str(path), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("window", "command-line")
    }

    def ask(name: str, line: str) -> str:
        party = parties[name]
        assert party.stdin is not None and party.stdout is not None
        party.stdin.write(line + "\n")
        party.stdin.flush()
        return party.stdout.readline().rstrip("\n")

    accepted: list[str] = []
    refused: list[str] = []
    began = time.perf_counter()
    try:
        for party in parties.values():
            assert party.stdout is not None and party.stdout.readline().strip() == "ready"
        names = list(parties)
        for turn in range(TURNS):
            holder, other = names[turn % 2], names[(turn + 1) % 2]
            assert ask(holder, f"hold {turn}") == "accepted"
            accepted.append(f"turn {turn} by {holder}")
            answer = ask(other, f"try {turn}")
            assert answer.startswith("refused\t"), answer
            _, locked, read_only = answer.split("\t")
            assert path.name in locked and "open in another PactDesk" in locked, locked
            assert f"process {parties[holder].pid}" in locked, locked
            assert "read-only" in read_only, read_only
            refused.append(f"refused {turn} by {other}")
            assert ask(holder, f"release {turn}") == "released"
    finally:
        for party in parties.values():
            assert party.stdin is not None
            party.stdin.close()
            party.wait(timeout=30)
    took = time.perf_counter() - began
    print(f"{TURNS} turns in {took:.1f} s")

    assert integrity_check(path) == "ok"
    with Draft.open(path) as final:
        written = [e.after for e in final.events(item="political/I")]
        assert final.check_history() == []
        assert final.value("political/I") == accepted[-1]
    assert written == accepted  # every accepted write, in order, and nothing else
    assert not set(refused) & set(written)
