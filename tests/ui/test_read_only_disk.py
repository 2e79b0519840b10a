"""A draft on a read-only disk: the window opens it read-only and says why."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from pactdesk.testing.drafts import create_draft
from tests.ui.conftest import focus, type_text

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.skipif(not ROOT or shutil.which("mount") is None, reason="mounting needs root")
def test_a_draft_on_a_read_only_disk_says_why_it_cannot_be_saved(
    qtbot, make_window, tmp_path: Path
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)]).returncode:
        pytest.skip("this machine does not let the tests mount a tmpfs")
    try:
        path = disk / "draft.pactdesk"
        with create_draft(path) as draft:
            draft.save("political/I", "Tekst zapisany wcześniej.", author="t")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        window = make_window(path)
        assert window.draft.info.read_only
        assert window.read_only_banner.isVisible()
        assert window.read_only_banner.text.text() == (
            "Read-only. draft.pactdesk is on a read-only disk or in a read-only folder: "
            "it can be read, not saved."
        )
        assert not window.read_only_banner.button.isVisible()  # reopening would not help
        assert focus().isReadOnly()
        type_text(qtbot, "xyz")
        assert focus().toPlainText() == "Tekst zapisany wcześniej."
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
