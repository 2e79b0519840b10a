"""The French and German translations are complete, consistent and use the official terms.

Checked on the .ts sources (what translators edit) against the template that
``pyside6-lupdate`` makes from the code (``tests/ui/test_translations.py``
keeps that template current), and on the running window in each language.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QMenu

from tests.ui.test_translations import TEMPLATE, tool

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "de")

#: Sources whose translation may read the same as the English: codes, names, symbols.
SAME_AS_ENGLISH = {
    "PDF", "OK", "JSON", "XLSX", "PactDesk", "%", "Excel", "Word", "ASiC-E", "CAdES",
    "XAdES", "PAdES", "SHA-256", "ID", "URL", "E-mail", "Version", "Format", "Status",
    "Information", "Details", "Type", "Code", "Total", "Notes", "Communication",
    "Source", "Actions", "Contact", "Region", "Document", "Service", "Date", "Description",
    "Organisation", "Minute", "Commission", "Transport", "Discussion", "Message", "Options",
    "Page", "Position", "Import", "Export", "Person", "Revision", "Mode",
    # A key name; the German words for passphrase (as GnuPG, Kleopatra), name, organisation.
    "Ctrl+Tab", "Passphrase", "&Passphrase:", "Name", "&Organisation:",
}  # fmt: skip

#: The Pact's official name, and the Annex's columns, in each language.
GLOSSARY = {
    "fr": {
        "European Pact on Immigration and Asylum": "Pacte européen sur l'immigration et l'asile",
        # The Annex's columns (our translation; the official French version was not at hand).
        "main actions undertaken": "principales actions entreprises",
        "most significant developments planned": "évolutions les plus importantes prévues",
    },
    "de": {
        "European Pact on Immigration and Asylum": "Europäischen Pakt zu Einwanderung und Asyl",
        "main actions undertaken": "ergriffenen Maßnahmen",
        "most significant developments planned": "bedeutendsten geplanten Entwicklungen",
    },
}

PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*(?:[:!][^}]*)?\}|%L?\d+|%n")


def messages(ts: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(ts).iter("message"))


def translation_file(language: str) -> Path:
    return ROOT / "resources" / "translations" / f"pactdesk_{language}.ts"


def texts(message: ElementTree.Element) -> list[str]:
    """The translation's text: one, or one per plural form."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_none_is_left_over(language: str) -> None:
    ts = translation_file(language)
    template = {m.findtext("source") for m in messages(TEMPLATE)}
    translated = messages(ts)
    sources = [m.findtext("source") for m in translated]
    problems = []
    missing = template - set(sources)
    problems += [f"missing: {s!r}" for s in sorted(missing, key=str)]
    for message in translated:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            problems.append(f"{kind}: {source!r}")
        elif not all(text.strip() for text in texts(message)):
            problems.append(f"empty: {source!r}")
        elif (
            source not in SAME_AS_ENGLISH
            and source.strip()
            and any(text == source for text in texts(message))
        ):
            # Placeholders and punctuation only ("{id}. {title}") have nothing to translate.
            bare = PLACEHOLDER.sub("", source)
            if not re.fullmatch(r"[\W\d_]*|[A-Z]{2,}[\W\d]*", bare):
                problems.append(f"same as the English: {source!r}")
    assert len(translated) >= len(template)
    assert not problems, f"{ts.name}: {len(problems)} problems, e.g. {problems[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_mnemonic_markers_match_the_english(language: str) -> None:
    problems = []
    for message in messages(translation_file(language)):
        source = message.findtext("source") or ""
        for text in texts(message):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                if "%n" in source and message.get("numerus") == "yes":
                    wanted = sorted(p for p in PLACEHOLDER.findall(source) if p != "%n")
                    if wanted == sorted(p for p in PLACEHOLDER.findall(text) if p != "%n"):
                        continue
                problems.append(f"{source!r} -> {text!r}")
            if _has_mnemonic(source) != _has_mnemonic(text):
                problems.append(f"mnemonic: {source!r} -> {text!r}")
    assert not problems, problems[:10]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_official_terms_are_used(language: str) -> None:
    problems = []
    for message in messages(translation_file(language)):
        source = message.findtext("source") or ""
        for english, official in GLOSSARY[language].items():
            if english in source and not any(official in text for text in texts(message)):
                problems.append(f"{source!r}: expected {official!r}")
    assert not problems, problems


def _has_mnemonic(text: str) -> bool:
    return bool(re.search(r"&(?!&|amp;|[ \n]|$)", text.replace("&&", "")))


def _compiled(language: str, folder: Path) -> Path:
    qm = folder / f"pactdesk_{language}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(translation_file(language)), "-qm", str(qm)],
        check=True,
    )
    return qm


@contextmanager
def in_language(language: str, folder: Path) -> Iterator[None]:
    """The window's translation and locale for ``language`` while the block runs."""
    translator = QTranslator()
    assert translator.load(str(_compiled(language, folder)))
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))


@pytest.mark.parametrize(("language", "file_menu", "help_menu"), [
    ("fr", "&Fichier", "&Aide"),
    ("de", "&Datei", "&Hilfe"),
])  # fmt: skip
def test_the_window_speaks_the_language_with_unique_mnemonics(
    language: str, file_menu: str, help_menu: str, tmp_path, qtbot, make_window, draft_path
) -> None:
    with in_language(language, tmp_path):
        window = make_window(draft_path)
        titles = [action.text() for action in window.menuBar().actions()]
        assert file_menu in titles and help_menu in titles
        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                _assert_unique_mnemonics(menu)
        _assert_unique_mnemonics_of(titles, "the menu bar")


def _assert_unique_mnemonics(menu: QMenu) -> None:
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    _assert_unique_mnemonics_of(entries, menu.title())
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            _assert_unique_mnemonics(sub)


def _assert_unique_mnemonics_of(entries: list[str], where: str) -> None:
    letters = []
    for text in entries:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            letters.append(match.group(1).lower())
    duplicated = {letter for letter in letters if letters.count(letter) > 1}
    assert not duplicated, f"{where}: {duplicated} in {entries}"


@pytest.mark.parametrize(("language", "workbook", "json_file"), [
    ("fr", "Classeur Excel (XLSX)", "Fichier JSON"),
    ("de", "Excel-Arbeitsmappe (XLSX)", "JSON-Datei"),
])  # fmt: skip
def test_dialogs_speak_the_language_with_unique_mnemonics(
    language: str, workbook: str, json_file: str, tmp_path, qtbot, new_draft
) -> None:
    """The export formats' names (written in the core) are translated; no letter twice."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from pactdesk.services.formats import FORMATS
    from pactdesk.ui.dialogs.details_dialog import DetailsDialog
    from pactdesk.ui.dialogs.export_dialog import ExportDialog

    with in_language(language, tmp_path):
        draft = new_draft()
        export = ExportDialog(draft)
        details = DetailsDialog(draft, "Test")
        for dialog in (export, details):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            texts = [
                w.text()
                for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)
                if w.isVisible()
            ]
            _assert_unique_mnemonics_of(texts, type(dialog).__name__)
        shown = [button.text() for button in export.format_buttons.values()]
        assert workbook in shown
        english = {fmt.title for fmt in FORMATS} - {"PDF", "JSON"}
        assert not english & set(shown), shown
        json_kind = next(f for f in FORMATS if f.id == "json").kind
        assert QCoreApplication.translate("", json_kind) == json_file


def test_the_window_translates_only_in_the_context_of_its_template() -> None:
    """lupdate gives every tr("…") of the window the empty context; so must the code.

    A module with a tr() of its own (``QCoreApplication.translate("MergeDialog", …)``)
    or a call written ``i18n.tr(…)`` (which lupdate files under "i18n") would
    show English to every French or German user, whatever the .ts files say.
    """
    ui = ROOT / "pactdesk" / "ui"
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted(ui.rglob("*.py"))
        if path.name != "i18n.py"
        and re.search(r"QCoreApplication\.translate\(|\bi18n\.tr\(", path.read_text("utf-8"))
    ]
    assert offenders == []
    contexts = {c.findtext("name") for c in ElementTree.parse(TEMPLATE).iter("context")}
    assert contexts == {""}, contexts


@pytest.mark.parametrize(("language", "merge_title", "assign_title"), [
    ("fr", "Fusionner le retour d'un ou une collègue", "Attribuer des éléments"),
    ("de", "Rückgabe einer Kollegin oder eines Kollegen zusammenführen", "Elemente zuweisen"),
])  # fmt: skip
def test_the_merge_and_exchange_dialogs_speak_the_language(
    language: str, merge_title: str, assign_title: str, tmp_path, qtbot, new_draft
) -> None:
    from pactdesk.ui.dialogs.exchange_dialogs import AssignDialog
    from pactdesk.ui.dialogs.merge_dialog import MergeDialog

    with in_language(language, tmp_path):
        draft = new_draft()
        merge = MergeDialog(draft, "Coordinator")
        assign = AssignDialog(draft, "Coordinator")
        for dialog in (merge, assign):
            qtbot.addWidget(dialog)
        assert merge.windowTitle() == merge_title
        assert assign.windowTitle() == assign_title
