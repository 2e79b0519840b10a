"""Bar: an entire contribution completed with key events only, then checked through the core.

No ``setFocus``, no widget calls: the test types into whatever has the
focus and moves with Tab and the window's shortcuts (Ctrl+PgDown for the
next item, Alt+A for "Add data point", Ctrl+Q to quit).  Then it reopens
the draft through :mod:`pactdesk.services` and compares every field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from pactdesk.domain.contribution import DataPoint
from pactdesk.services.drafts import Draft
from tests.ui.conftest import focus, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def assessment_text(area_id: str) -> str:
    return f"Ocena {area_id}: zażółć gęślą jaźń, Αξιολόγηση, оценка жщ."


def field_text(key: str) -> str:
    short = key.replace("commitment/", "").replace("/prompt/", " ").replace("/", " ")
    return f"{short}: łódź ÿ Ελλάδα България ok"


def test_whole_contribution_by_keyboard(qtbot, make_window, draft_path, framework):
    window = make_window(draft_path)
    editor = window.editor
    # The window opens on Part I, area I, with the cursor in the assessment.
    assert isinstance(focus(), QPlainTextEdit)

    for index, area in enumerate(framework.areas):
        assert editor.current_page == f"political/{area.id}"
        type_text(qtbot, assessment_text(area.id))
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
        assert index < len(framework.areas) - 1 or editor.current_page.startswith("commitment/")

    commitments = list(framework.commitments())
    for number, commitment in enumerate(commitments):
        assert editor.current_page == f"commitment/{commitment.id}"
        keys = editor.fields_of_page[editor.current_page]
        assert len(keys) == len(commitment.prompts) + 2
        for position, key in enumerate(keys):
            assert isinstance(focus(), QPlainTextEdit), f"{key}: focus is on {focus()!r}"
            assert focus().parentWidget().key == key
            type_text(qtbot, field_text(key))
            if position < len(keys) - 1:
                press(qtbot, Qt.Key.Key_Tab)
        if commitment.id == "I.a":
            press(qtbot, Qt.Key.Key_A, ALT)  # "Add data point": opens the indicator cell
            # A button's mnemonic clicks it the way a mouse would (after a short animation).
            qtbot.waitUntil(lambda: isinstance(focus(), QLineEdit), timeout=2000)
            type_text(qtbot, "Zezwolenia na pracę wydane")
            press(qtbot, Qt.Key.Key_Tab)
            press(qtbot, Qt.Key.Key_Backspace)  # the period cell opens with 2009-H1 selected
            type_text(qtbot, "2009-H1")
            press(qtbot, Qt.Key.Key_Tab)
            type_text(qtbot, "1 234")
            press(qtbot, Qt.Key.Key_Tab)
            type_text(qtbot, "zezwolenia")
            press(qtbot, Qt.Key.Key_Tab)
            type_text(qtbot, "Ministerstwo Pracy, rejestr krajowy")
            press(qtbot, Qt.Key.Key_Tab)  # to "Comparability", left unticked
        if number < len(commitments) - 1:
            press(qtbot, Qt.Key.Key_PageDown, CTRL)

    press(qtbot, Qt.Key.Key_Q, CTRL)  # quit: saves what is pending and closes the draft
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)

    with Draft.open(draft_path, read_only=True) as draft:
        contribution = draft.contribution()
        events = draft.events()
    for area in framework.areas:
        assert contribution.assessment(area.id) == assessment_text(area.id)
    for commitment in commitments:
        answer = contribution.commitment(commitment.id)
        cid = commitment.id
        assert answer.actions_undertaken == field_text(f"commitment/{cid}/actions_undertaken")
        assert answer.developments_planned == field_text(f"commitment/{cid}/developments_planned")
        for prompt in commitment.prompts:
            assert answer.prompt_answer(prompt.id) == field_text(
                f"commitment/{cid}/prompt/{prompt.id}"
            )
    assert contribution.commitment("I.a").data == (
        DataPoint(
            indicator="Zezwolenia na pracę wydane",
            period="2009-H1",
            value=1234,
            unit="zezwolenia",
            source="Ministerstwo Pracy, rejestr krajowy",
            harmonised=False,
        ),
    )
    # Every change the window made is recorded with the profile's name as its author.
    assert events and {event.author for event in events} == {"Zofia Wiśniewska"}
