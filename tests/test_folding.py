"""Find matches regardless of case and diacritics, and reports matches on the original text."""

from __future__ import annotations

import unicodedata

import pytest

from pactdesk.domain.folding import find_folded, fold


def found(needle: str, text: str) -> list[str]:
    return [text[start : start + length] for start, length in find_folded(needle, text)]


@pytest.mark.parametrize(
    ("language", "needle", "text", "expected"),
    [
        ("pl", "powrot", "Programy dobrowolnych powrotów i Powrót", ["powrot", "Powrót"]),
        ("pl", "lodz", "Urząd w Łodzi, nie w Łódź", ["Łodz", "Łódź"]),
        ("pl", "LODZI", "Urząd w Łodzi", ["Łodzi"]),
        ("pl", "zazolc", "zażółć gęślą jaźń", ["zażółć"]),
        ("pl", "Zażółć", "ZAZOLC", ["ZAZOLC"]),
        ("el", "ελλαδα", "Η Ελλάδα και η ΕΛΛΑΔΑ", ["Ελλάδα", "ΕΛΛΑΔΑ"]),
        ("el", "μεταναστευσης", "Σύμφωνο Μετανάστευσης", ["Μετανάστευσης"]),
        ("el", "ΑΣΥΛΟ", "το άσυλο", ["άσυλο"]),
        ("bg", "убежище", "Право на УБЕЖИЩЕ и убежище", ["УБЕЖИЩЕ", "убежище"]),
        ("bg", "завръщане", "Доброволно Завръщане", ["Завръщане"]),
        ("bg", "краи", "в края на годината", []),
        ("de", "strasse", "Die Straße und die STRASSE", ["Straße", "STRASSE"]),
        ("de", "ruckfuhrung", "Rückführung", ["Rückführung"]),
        ("de", "Grenzübergang", "GRENZUBERGANG", ["GRENZUBERGANG"]),
        ("hr", "dorde", "Đorđe i đorđe", ["Đorđe", "đorđe"]),
        ("hr", "povratak", "Povrátak, POVRATAK", ["Povrátak", "POVRATAK"]),
        ("hr", "cesce", "češće", ["češće"]),
    ],
)
def test_find_ignores_case_and_diacritics(language, needle, text, expected):
    assert found(needle, text) == expected, language


def test_finding_with_the_diacritics_typed_still_works():
    assert found("Łódź", "w lodzi i w Łódź") == ["lodz", "Łódź"]
    assert found("Ελλάδα", "ελλαδα") == ["ελλαδα"]


def test_letters_that_do_not_decompose():
    for letter, plain in (
        ("ł", "l"),
        ("Ł", "l"),
        ("đ", "d"),
        ("ø", "o"),
        ("Ø", "o"),
        ("ß", "ss"),
        ("æ", "ae"),
        ("Æ", "ae"),
        ("œ", "oe"),
        ("þ", "th"),
        ("ħ", "h"),
        ("ı", "i"),
    ):
        assert fold(letter)[0] == plain, letter
    assert found("sore", "Søren") == ["Søre"]
    assert found("aeble", "Æble") == ["Æble"]


def test_positions_are_those_of_the_original_text():
    text = "Straße: Łódź"
    folded, origin = fold(text)
    assert folded == "strasse: lodz"
    assert len(origin) == len(folded)
    assert origin[folded.index("ss")] == text.index("ß")
    assert origin[folded.index("ss") + 1] == text.index("ß")
    # A decomposed accent (o + combining acute) is highlighted with its letter.
    decomposed = unicodedata.normalize("NFD", "powrót")
    assert found("powrot", decomposed) == [decomposed]
    assert find_folded("", "anything") == []
