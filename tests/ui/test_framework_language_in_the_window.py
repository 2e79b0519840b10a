"""Bar (issue 18): the window shows the framework's texts in its language where the file has them.

Under a French window the commitment page shows the Pact's text of I.b in
French, its request in French, the navigator the French area titles, each
marked as PactDesk's translation; under German the German; under English
the file's own text, unmarked; under a language the file does not translate
(Polish) the English text, marked as the original in English.  A request
in another language than the Pact's text above it is marked on its own.
The answers and the draft's framework copy are not touched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QLocale, Qt  # noqa: E402

from pactdesk.services.drafts import Draft  # noqa: E402
from tests.ui.test_window_language import speaking  # noqa: E402, F401  (the fixture)

B_FIRST = {
    "en": "(b) to increase the attractiveness of the EU for highly qualified workers",
    "fr": "(b) d'accroître l'attractivité de l'UE pour les travailleurs hautement qualifiés",
    "de": "(b) die Attraktivität der EU für hoch qualifizierte Arbeitskräfte zu steigern",
}
CAPTION = {
    "en": "The Pact's text",
    "fr": "Le texte du Pacte — traduction de PactDesk, pas le texte officiel",
    "de": "Der Text des Pakts — Übersetzung von PactDesk, nicht der amtliche Wortlaut",
    "pl": "The Pact's text — original text, English",
}
AREA_V = {
    "en": "Global Approach to migration",
    "fr": "Approche globale de la question des migrations",
    "de": "Gesamtansatz zur Migrationsfrage",
    "pl": "Global Approach to migration",
}
REQUEST = {
    "en": "Please also report on how your national legislation and/or policies for the entry",
    "fr": "Veuillez également indiquer comment votre législation et/ou vos politiques",
    "de": "Bitte berichten Sie auch darüber, wie sich die Wirtschaftskrise",
    "pl": "Please also report on how your national legislation and/or policies for the entry",
}


@pytest.fixture(autouse=True)
def english_again():  # type: ignore[no-untyped-def]
    """Whatever happens in a test, the next one starts with the English locale."""
    yield
    QLocale.setDefault(QLocale("en"))


def open_commitment(qtbot, window, key: str):  # type: ignore[no-untyped-def]
    """Click the item's row in the contents, as a person would."""
    editor = window.editor
    navigator, model = editor.navigator, editor.model
    index = model.index_for_key(key)
    navigator.scrollTo(index)
    rect = navigator.visualRect(index)
    qtbot.mouseClick(navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: editor.current_page == key, timeout=3000)
    return editor.commitment


def area_row_text(window, area: str) -> str:  # type: ignore[no-untyped-def]
    model = window.editor.model
    return str(model.data(model.index_for_key(f"area/{area}"), Qt.ItemDataRole.DisplayRole))


@pytest.mark.parametrize("language", ["en", "fr", "de", "pl"])
def test_the_commitment_page_shows_the_framework_in_the_windows_language(
    language: str,
    qtbot,
    make_window,
    draft_path: Path,
    speaking,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    if language in ("fr", "de"):
        speaking(language)  # PactDesk's and Qt's translations, and the locale
    else:
        QLocale.setDefault(QLocale(language))
    with Draft.open(draft_path, read_only=True) as draft:
        copy_before = draft.framework.sha256
    window = make_window(draft_path)
    page = open_commitment(qtbot, window, "commitment/I.b")
    shown = [label.text() for label in page.paragraphs if not label.isHidden()]
    assert len(shown) == 2
    assert shown[0] == B_FIRST.get(language, B_FIRST["en"])
    assert page.pact_caption.text() == CAPTION[language]
    first_request = page.cards[0]
    assert first_request.field.title.text().startswith(REQUEST[language])
    # The request is in the same language as the Pact's text above: the box's mark covers it.
    kind = first_request.kind.text()
    assert "original text" not in kind and "PactDesk" not in kind, kind
    assert AREA_V[language] in area_row_text(window, "V")
    # Only what is shown changed: the draft's copy and the answer fields' keys are its own.
    assert window.editor.framework.sha256 == copy_before
    assert page.actions_field.key == "commitment/I.b/actions_undertaken"
    if language == "en":
        assert window.editor.framework is window.draft.framework


def test_a_request_in_another_language_than_the_pacts_text_says_so(
    qtbot,
    make_window,
    new_draft,
    tmp_path: Path,
    speaking,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    """A framework whose French translation has I.b's text but not its first request."""
    import json

    from pactdesk.frameworks import load_framework_bytes
    from tests.test_framework_translations import document, dumped

    doc = document()
    del doc["translations"]["fr"]["prompts"]["I.b.crisis-hqw"]
    doc["id"] = "pact-2010-partly-french"
    raw = dumped(doc)
    framework = load_framework_bytes(raw, origin="partly.json")
    path = tmp_path / "partly.pactdesk"
    Draft.create(
        path,
        framework=framework,
        framework_raw=raw,
        member_state="PL",
        cycle=framework.cycle,
        language="pl",
        author="Anna",
    ).close()
    assert json.loads(raw)["translations"]["fr"]["prompts"]
    speaking("fr")
    window = make_window(path)
    page = open_commitment(qtbot, window, "commitment/I.b")
    assert page.pact_caption.text() == CAPTION["fr"]
    first, second = page.cards[0], page.cards[1]
    assert first.field.title.text().startswith(REQUEST["en"])
    assert first.kind.text().endswith(" — texte original, English"), first.kind.text()
    assert second.field.title.text().startswith("Veuillez fournir, si elles sont disponibles")
    assert "texte original" not in second.kind.text()
    assert "traduction de PactDesk" not in second.kind.text()


HEADER = {
    "fr": ("Pologne — contribution pour le cycle 2010", "mi-novembre 2009"),
    "de": ("Polen — Beitrag für den Zyklus 2010", "Mitte November 2009"),
}


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_header_names_the_member_state_and_the_deadline_in_the_language(
    language: str,
    qtbot,
    make_window,
    draft_path: Path,
    speaking,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    """The country's name from CLDR, the timetable's words from the framework's translation;
    and at a laptop's 1366×768 the pages need no sideways scrolling in the longer languages."""
    monkeypatch.setenv("PACTDESK_TODAY", "2009-10-26")
    speaking(language)
    window = make_window(draft_path)
    title, wording = HEADER[language]
    assert window.header.title.text() == title
    deadline = window.header.deadline.text()
    assert wording in deadline and "Member States" not in deadline, deadline
    window.resize(1366, 768)
    for key in ("political/I", "commitment/I.b"):
        window.editor.show_page(key)
        qtbot.waitUntil(lambda key=key: window.editor.current_page == key)
        page = window.editor.page_widget()
        qtbot.waitUntil(lambda page=page: page.viewport().width() > 300)
        assert not page.horizontalScrollBar().isVisible(), (key, page.widget().minimumSizeHint())
