"""Bar (issue 18): a framework file may carry translations of its texts.

The schema takes ``translations`` keyed by language code, with a note on
each saying whose translation it is; ids that are not in the file, a
commitment translated into another number of paragraphs, a translation into
the file's own language are refused with one line.  :func:`in_language`
gives the framework as a reader of that language sees it (same ids, digest
and rules); a draft made before the shipped file carried translations keeps
its copy and digest (its sign-off still holds) and is shown the shipped
translations only when its texts are the same.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from pactdesk import frameworks
from pactdesk.domain.framework import in_language, texts_of
from pactdesk.frameworks import FrameworkError, load_framework_bytes, shipped_framework
from pactdesk.paths import resources_dir
from tests.helpers import REPO

FRAMEWORK_FILE = REPO / "resources" / "frameworks" / "pact-2010.json"
SCHEMA_FILE = REPO / "pactdesk" / "schemas" / "framework.schema.json"


def document() -> dict[str, Any]:
    return json.loads(FRAMEWORK_FILE.read_text(encoding="utf-8"))


def dumped(doc: dict[str, Any]) -> bytes:
    """The file's own layout (two spaces, UTF-8, a final newline)."""
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def without_translations() -> bytes:
    """The shipped file as it was before it carried translations (what older drafts copied)."""
    doc = document()
    del doc["translations"]
    return dumped(doc)


def test_the_schema_accepts_the_shipped_translations_and_an_external_checker_agrees(
    tmp_path: Path,
) -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = list(Draft202012Validator(schema).iter_errors(document()))
    assert errors == []
    beside = Path(sys.executable).parent / "check-jsonschema"
    checker = str(beside) if beside.exists() else shutil.which("check-jsonschema")
    if checker is None:
        pytest.skip("check-jsonschema is not installed")
    result = subprocess.run(
        [checker, "--schemafile", str(SCHEMA_FILE), str(FRAMEWORK_FILE)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_shipped_file_translates_every_area_commitment_and_request_into_fr_and_de() -> None:
    framework = shipped_framework()
    assert framework.language == "en" and sorted(framework.translations) == ["de", "fr"]
    for language in ("fr", "de"):
        translation = framework.translations[language]
        assert not translation.official and translation.note
        shown = in_language(framework, language)
        for area in framework.areas:
            assert shown.language_of(f"area/{area.id}/title") == language
            assert shown.area(area.id).title != area.title
            for commitment in area.commitments:
                assert shown.language_of(f"commitment/{commitment.id}") == language
                mine = shown.commitment(commitment.id)
                assert len(mine.paragraphs) == len(commitment.paragraphs)
                for prompt, theirs in zip(mine.prompts, commitment.prompts, strict=True):
                    assert prompt.id == theirs.id and prompt.text != theirs.text
                    assert shown.language_of(f"prompt/{prompt.id}") == language
        # Plain text: no doubled spaces, tabs or markup in what officials read.
        texts = [*translation.texts.values()]
        texts += [p for paragraphs in translation.paragraphs.values() for p in paragraphs]
        for text in texts:
            assert text == text.strip() and "  " not in text and "\t" not in text, text
            assert "<" not in text and ">" not in text, text
    fr = in_language(framework, "fr")
    de = in_language(framework, "de")
    assert fr.area("IV").main_commitment == "Bâtir une Europe de l'asile"
    assert de.area("IV").main_commitment == "Ein Europa des Asyls schaffen"
    assert fr.commitment("I.b").paragraphs[0].startswith("d'accroître l'attractivité de l'UE")
    assert de.commitment("I.b").paragraphs[0].startswith("die Attraktivität der EU")
    # The Annex's column headings: as in the translators' glossary (our translation).
    assert fr.column_actions == "Principales actions entreprises au niveau de l'État membre"
    assert (
        de.column_developments == "Bedeutendste auf Ebene des Mitgliedstaats geplante Entwicklungen"
    )


def test_a_translation_changes_what_is_shown_and_nothing_else() -> None:
    framework = shipped_framework()
    fr = in_language(framework, "fr")
    assert fr.sha256 == framework.sha256 and fr.id == framework.id
    assert fr.data_rules == framework.data_rules
    # The timetable: the same rows, days and actors; its words in French.
    assert [(d.id, d.date, d.actor) for d in fr.timetable] == [
        (d.id, d.date, d.actor) for d in framework.timetable
    ]
    update = next(d for d in fr.timetable if d.id == "contribution-update")
    assert (update.wording, update.description) == (
        "mi-janvier 2010",
        "Les États membres mettent à jour leur contribution, si nécessaire.",
    )
    assert fr.language_of("timetable/contribution-update/description") == "fr"
    assert [c.id for c in fr.commitments()] == [c.id for c in framework.commitments()]
    assert [p.period for c in fr.commitments() for p in c.prompts] == [
        p.period for c in framework.commitments() for p in c.prompts
    ]
    # The file's own language, and a language without a translation: the framework itself.
    assert in_language(framework, "en") is framework
    assert in_language(framework, "pl") is framework
    assert framework.language_of("commitment/I.a") == "en"
    # A partial translation: what is there is shown, the rest stays English and says so.
    doc = document()
    doc["translations"] = {
        "fr": {"note": "essai", "areas": {"II": {"title": "Immigration irrégulière"}}}
    }
    partial = in_language(load_framework_bytes(dumped(doc), origin="partial.json"), "fr")
    assert partial.area("II").title == "Immigration irrégulière"
    assert partial.language_of("area/II/title") == "fr"
    assert partial.area("II").main_commitment == framework.area("II").main_commitment
    assert partial.language_of("area/II/main_commitment") == "en"
    assert partial.language_of("commitment/II.a") == "en"


def _set(path: tuple[str, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _delete(path: tuple[str, ...]) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


BAD = [
    (_set(("translations", "FR"), {"note": "x"}), "translations"),
    (_set(("translations", "fra"), {"note": "x"}), "translations"),
    (_delete(("translations", "fr", "note")), "note"),
    (_set(("translations", "fr", "subtitle"), "x"), "subtitle"),
    (_set(("translations", "fr", "areas", "II", "title"), ""), "title"),
    (_set(("translations", "fr", "areas", "VI"), {"title": "Sixième"}), "no area 'VI'"),
    (
        _set(("translations", "fr", "commitments", "I.z"), {"paragraphs": ["x"]}),
        "no commitment 'I.z'",
    ),
    (
        _set(("translations", "de", "commitments", "I.b"), {"paragraphs": ["nur einer"]}),
        "has 1 paragraph, but commitment 'I.b' has 2",
    ),
    (_set(("translations", "fr", "prompts", "I.a.nothing"), "x"), "no prompt 'I.a.nothing'"),
    (_set(("translations", "en"), {"note": "x"}), "its own language 'en'"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "says"), BAD)
def test_the_schema_and_the_loader_refuse_bad_translations(
    change: Callable[[dict[str, Any]], None], says: str
) -> None:
    doc = document()
    change(doc)
    with pytest.raises(FrameworkError) as caught:
        load_framework_bytes(dumped(doc), origin="translated.json")
    message = str(caught.value)
    assert "\n" not in message and message.startswith("The framework file 'translated.json'")
    assert says in message or any(says in d for d in caught.value.details), (message, says)


def test_an_older_drafts_copy_keeps_its_digest_and_sign_off_and_is_shown_the_translations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pactdesk.services import sign_offs
    from pactdesk.services.drafts import Draft
    from pactdesk.signing import identities
    from tests.signing_support import make_ca, make_official

    monkeypatch.setenv("PACTDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    make_ca()
    official = make_official("Anna Żółkiewska")
    old = without_translations()
    old_framework = load_framework_bytes(old, origin="pact-2010.json")
    path = tmp_path / "older.pactdesk"
    draft = Draft.create(
        path,
        framework=old_framework,
        framework_raw=old,
        member_state="PL",
        cycle=old_framework.cycle,
        language="pl",
        author="Anna",
    )
    draft.save("commitment/I.a/actions_undertaken", "Ustawa o cudzoziemcach.", author="Anna")
    sign_offs.sign(draft, identities.load_signer(official.id, official.passphrase), "approver")
    draft.close()

    with Draft.open(path) as reopened:
        copy = reopened.framework
        assert copy.sha256 == hashlib.sha256(old).hexdigest() != shipped_framework().sha256
        assert copy.translations == {}
        assert [s.holds for s in sign_offs.list_sign_offs(reopened)] == [True]
        # Its texts are the shipped file's: the window shows the shipped translations.
        assert texts_of(copy) == texts_of(shipped_framework())
        shown = frameworks.shown_in(copy, "fr")
        assert shown.commitment("I.a").paragraphs[0].startswith("d'inviter les États membres")
        assert shown.sha256 == copy.sha256
        assert frameworks.shown_in(copy, "en") is copy


def test_a_copy_with_other_texts_is_not_shown_anothers_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = document()
    del doc["translations"]
    doc["areas"][0]["title"] = "Legal immigration and integration"
    changed = load_framework_bytes(dumped(doc), origin="pact-2010.json")
    assert frameworks.shown_in(changed, "fr") is changed
    # Nor one whose id PactDesk does not ship.
    doc["id"] = "pact-2011-draft"
    other = load_framework_bytes(dumped(doc), origin="pact-2011-draft.json")
    assert frameworks.shown_in(other, "fr") is other
    assert resources_dir().is_dir()


def test_a_copy_of_the_edition_before_shows_the_newer_translations() -> None:
    """A draft made from the edition without the timetable's translations: the header's
    deadline is shown in French from the shipped edition, which lists the copy's digest."""
    doc = document()
    for language in ("fr", "de"):
        del doc["translations"][language]["timetable"]
    doc["earlier_editions"].pop()
    old = dumped(doc)
    copy = load_framework_bytes(old, origin="pact-2010.json")
    shipped = shipped_framework()
    assert copy.sha256 in shipped.earlier_editions and "fr" in copy.translations
    shown = frameworks.shown_in(copy, "fr")
    update = next(d for d in shown.timetable if d.id == "contribution-update")
    assert update.wording == "mi-janvier 2010"
    assert shown.sha256 == copy.sha256
    # A copy that is not an earlier edition keeps its own translations.
    doc["translations"]["fr"]["note"] = "Une autre traduction."
    other = load_framework_bytes(dumped(doc), origin="other.json")
    assert other.sha256 not in shipped.earlier_editions
    assert frameworks.shown_in(other, "fr").shown.note == "Une autre traduction."
