"""docs/architecture.md's claim: a new export format is its module and one FORMATS entry.

A plain-text format, defined here as a format module would define it, is
added to the one registry; nothing else changes, and the command line has
``pactdesk export-txt`` and the export dialog a choice for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt  # noqa: E402

from pactdesk.domain.history import Head  # noqa: E402
from pactdesk.services import formats  # noqa: E402
from pactdesk.services.jobs import Progress  # noqa: E402


def export_txt(
    draft,  # type: ignore[no-untyped-def]
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Head:
    """The format's function, as its service module would have it."""
    from pactdesk import outputs
    from pactdesk.services import jobs

    jobs.check(cancelled)
    snapshot = draft.snapshot()
    lines = [f"{key}: {value}" for key, value in sorted(snapshot.items.items()) if value]
    outputs.write_output(target, "\n".join(lines).encode(), draft=draft.path, what="text file")
    if progress is not None:
        progress(1.0, "Done")
    return draft.record_export("txt", str(target), head=snapshot.head)


TXT = formats.ExportFormat(
    id="txt",
    title="Plain text (TXT)",
    extension=".txt",
    description="Every answer on a line of its own.",
    help="the contribution as plain text",
    function=f"{__name__}:export_txt",
    kind="Text file",
)


@pytest.fixture
def with_txt(monkeypatch):  # type: ignore[no-untyped-def]
    """FORMATS with one entry more, as the registry's module would hold it after the edit."""
    from pactdesk.cli import export_commands
    from pactdesk.ui.dialogs import export_dialog

    extended = (*formats.FORMATS, TXT)
    # The registry and the two readers that took it by name when they were imported.
    for module in (formats, export_commands, export_dialog):
        monkeypatch.setattr(module, "FORMATS", extended)


def test_the_command_line_has_export_txt(with_txt, new_draft, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.cli import main

    draft = new_draft()
    draft.save("political/I", "Zażółć gęślą jaźń.", author="t")
    path = draft.path
    draft.close()
    out = tmp_path / "contribution.txt"
    assert main(["export-txt", str(path), str(out)]) == 0
    assert "political/I: Zażółć gęślą jaźń." in out.read_text()
    assert f"Wrote {out} (revision" in capsys.readouterr().out


def test_the_export_dialog_offers_it(with_txt, qtbot, new_draft, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.ui.dialogs.export_dialog import ExportDialog

    draft = new_draft()
    draft.save("political/I", "Zażółć gęślą jaźń.", author="t")
    dialog = ExportDialog(draft, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    button = dialog.format_buttons["txt"]
    assert button.text() == "Plain text (TXT)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert dialog.path_edit.text().endswith(".txt")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)
    assert "Wrote" in dialog.status_label.text(), dialog.status_label.text()
    written = Path(dialog.path_edit.text())
    assert "political/I: Zażółć gęślą jaźń." in written.read_text()
