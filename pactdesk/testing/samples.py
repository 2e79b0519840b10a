"""A "full draft": every field filled with ~400 words in several EU languages.

Deterministic (a fixed pseudo-random sequence per item), so that benchmarks
compare like with like across runs and machines.  ``scale`` multiplies the
text of every field (a 10× draft makes answers longer than an Excel cell).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from pactdesk.domain.contribution import (
    DataPoint,
    Reference,
    data_key,
    encode_rows,
    references_key,
    text_keys,
)
from pactdesk.domain.framework import Framework

WORDS: dict[str, tuple[str, ...]] = {
    "pl": tuple(
        "zażółć gęślą jaźń ministerstwo współpraca cudzoziemców integracja łączenie "
        "rodzin cudzoziemcami międzynarodowej przedsiębiorczości zatrudnieniowych rynek "
        "pracy źródło wiza powrót dobrowolny straż graniczna ochrona międzynarodowa "
        "świadczenia szkolenie ustawa rozporządzenie w roku przez oraz dla który również".split()
    ),
    "el": tuple(
        "μετανάστευση άσυλο σύνορα ένταξη υπουργείο συνεργασία διεθνής προστασία "
        "επιστροφή μεταναστευτικής πολιτικής αντιμετώπιση ασυνόδευτων εθελοντική αγορά "
        "εργασίας νόμος κανονισμός στοιχεία τάσεις κράτος μέλος και για της των με στην "
        "οικονομική κρίση".split()
    ),
    "bg": tuple(
        "миграция убежище граница интеграция министерство сътрудничество международна "
        "международноправна интеграционните законодателството закрила връщане доброволно "
        "пазар на труда закон наредба данни тенденции държава членка и за на с в "
        "икономическа криза щжюя".split()
    ),
    "de": tuple(
        "Zuwanderung Asyl Grenzschutz Integration Bundesministerium Zusammenarbeit "
        "Aufenthaltsgenehmigungen Asylbewerberleistungsgesetz Beschäftigungsverordnung "
        "Rückkehr freiwillige Arbeitsmarkt Gesetz Verordnung Daten Entwicklungen und für "
        "der die das mit über Maßnahmen größere Förderung".split()
    ),
    "fr": tuple(
        "réadmission interministérielle accompagnement immigration asile frontières "
        "intégration ministère coopération retour volontaire marché du travail loi décret "
        "données tendances État membre et pour les des avec crise économique élevé".split()
    ),
    "cs": tuple(
        "přistěhovalectví mezinárodní ochraně zaměstnávání azyl hranice začlenění "
        "ministerstvo spolupráce návrat dobrovolný trh práce zákon nařízení údaje vývoj "
        "členský stát a pro se ve hospodářská krize řízení účinnost".split()
    ),
    "ro": tuple(
        "imigrație reintegrării internaționale azil frontieră integrare ministerul "
        "cooperare returnare voluntară piața muncii lege ordonanță date tendințe stat "
        "membru și pentru în cu criză economică străini".split()
    ),
}
LANGUAGE_ORDER = ("pl", "el", "bg", "de", "fr", "cs", "ro")


def _stream(seed: str) -> Iterator[int]:
    counter = 0
    while True:
        digest = hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        yield from digest
        counter += 1


def sample_text(seed: str, *, words: int = 400) -> str:
    """About ``words`` words, in paragraphs, mixing the sample languages."""
    numbers = _stream(seed)
    out: list[str] = []
    sentence: list[str] = []
    language = LANGUAGE_ORDER[next(numbers) % len(LANGUAGE_ORDER)]
    for index in range(words):
        pool = WORDS[language]
        word = pool[(next(numbers) * 7 + next(numbers)) % len(pool)]
        sentence.append(word)
        if len(sentence) >= 8 + next(numbers) % 12 or index == words - 1:
            text = " ".join(sentence)
            out.append(text[0].upper() + text[1:] + ".")
            sentence = []
            if next(numbers) % 5 == 0:
                out.append("\n\n")
            language = LANGUAGE_ORDER[next(numbers) % len(LANGUAGE_ORDER)]
    return " ".join(out).replace(" \n\n ", "\n\n").strip()


def sample_data(commitment_id: str) -> tuple[DataPoint, ...]:
    base = int(hashlib.sha256(commitment_id.encode()).hexdigest()[:4], 16)
    return tuple(
        DataPoint(
            indicator=f"Zezwolenia na pracę — {commitment_id}",
            period=f"2009-{month:02d}",
            value=base + 37 * month,
            unit="osoby",
            source="Urząd do Spraw Cudzoziemców",
            harmonised=False,
        )
        for month in range(1, 7)
    ) + (
        DataPoint(
            indicator="Αιτήσεις ασύλου",
            period="2008",
            value=base * 3.5,
            unit="persons",
            source="Eurostat (migr_asyappctza)",
            harmonised=True,
        ),
    )


def sample_references(commitment_id: str) -> tuple[Reference, ...]:
    return (
        Reference(
            "EMN annual policy report 2009", f"section 4.{len(commitment_id)} — {commitment_id}"
        ),
        Reference("Европейски фонд за връщане", "годишен доклад 2009, точка 2.1"),
    )


def full_items(framework: Framework, *, words: int = 400, scale: int = 1) -> dict[str, str]:
    """Every item of a contribution to ``framework``, filled."""
    items = {key: sample_text(key, words=words * scale) for key in text_keys(framework)}
    for commitment in framework.commitments():
        items[data_key(commitment.id)] = encode_rows(sample_data(commitment.id))
        items[references_key(commitment.id)] = encode_rows(sample_references(commitment.id))
    return items
