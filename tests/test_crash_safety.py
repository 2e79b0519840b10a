"""A draft survives its process being killed, and a killed process leaves no lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from pactdesk.db.store import integrity_check
from pactdesk.services.drafts import Draft, DraftLockedError

SAVER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from pactdesk.services.drafts import Draft
    from pactdesk.domain.contribution import text_keys

    draft = Draft.open(Path(sys.argv[1]))
    keys = list(text_keys(draft.framework))
    log = open(sys.argv[2], "a", buffering=1, encoding="utf-8")
    i = 0
    while True:
        key = keys[i % len(keys)]
        value = f"zapis {i} — αποθήκευση {i} — запис {i} " + "x" * (i % 500)
        draft.save(key, value, author="saver")
        # Logged only after save() returned: every logged value must survive.
        log.write(f"{i}\\t{key}\\n")
        i += 1
    """
)


def _wait_for_lines(path: Path, count: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text(encoding="utf-8").count("\n") >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"the saver did not log {count} saves in {timeout} s")


def test_sigkill_while_saving_loses_nothing_that_returned(new_draft, tmp_path: Path) -> None:
    draft = new_draft()
    path = draft.path
    draft.close()
    log = tmp_path / "saved.log"
    for round_ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", SAVER, str(path), str(log)])
        try:
            _wait_for_lines(log, 300 * (round_ + 1))
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        assert proc.returncode == -signal.SIGKILL

        if round_ == 0:  # reading alone recovers too (e.g. `pactdesk status`)
            with Draft.open(path, read_only=True) as reader:
                assert reader.check_history() == []
        with Draft.open(path) as reopened:  # not locked: the lock died with the process
            values = {e.after for e in reopened.events()}
            assert reopened.check_history() == []
        assert integrity_check(path) == "ok"
        logged = [line.split("\t") for line in log.read_text(encoding="utf-8").splitlines()]
        for index, _key in logged:
            i = int(index)
            expected = f"zapis {i} — αποθήκευση {i} — запис {i} " + "x" * (i % 500)
            assert expected in values, f"save {i} returned but is not in the draft"
        log.unlink()


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from pactdesk.services.drafts import Draft
    draft = Draft.open(Path(sys.argv[1]))
    print("open", flush=True)
    time.sleep(600)
    """
)


def test_a_second_process_is_refused_or_reads_only_and_the_lock_dies_with_the_holder(
    new_draft,
) -> None:
    draft = new_draft()
    draft.save("political/I", "Ocena", author="a")
    path = draft.path
    draft.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        try:
            Draft.open(path)
        except DraftLockedError as locked:
            message = str(locked)
            assert path.name in message and f"process {holder.pid}" in message
        else:
            raise AssertionError("a second writer was let in")
        with Draft.open(path, allow_read_only_fallback=True) as reader:
            assert reader.info.read_only and reader.info.locked_by_other
            assert reader.value("political/I") == "Ocena"
    finally:
        holder.kill()
        holder.wait()
    with Draft.open(path) as writer:  # killed holder: no lock left behind
        writer.save("political/I", "Ocena 2", author="b")


def test_the_file_alone_holds_everything_once_closed(new_draft, tmp_path: Path) -> None:
    draft = new_draft()
    draft.save("political/II", "Treść", author="a")
    draft.close()
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name != "draft.pactdesk")
    assert leftovers == []
    copy = tmp_path / "elsewhere" / "copy.pactdesk"
    copy.parent.mkdir()
    copy.write_bytes((tmp_path / "draft.pactdesk").read_bytes())
    with Draft.open(copy) as moved:
        assert moved.value("political/II") == "Treść"


def test_copy_while_open_uses_the_backup_api(new_draft, tmp_path: Path) -> None:
    draft = new_draft()
    draft.save("political/III", "Granice", author="a")
    draft.copy_to(tmp_path / "backup" / "copy.pactdesk")
    draft.save("political/III", "Granice 2", author="a")
    draft.close()
    with Draft.open(tmp_path / "backup" / "copy.pactdesk") as copy:
        assert copy.value("political/III") == "Granice"
        assert copy.check_history() == []
