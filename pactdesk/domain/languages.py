"""The EU's official languages, and the one a Member State's draft starts in."""

from __future__ import annotations

LANGUAGES: dict[str, str] = {
    "bg": "Български",
    "cs": "Čeština",
    "da": "Dansk",
    "de": "Deutsch",
    "el": "Ελληνικά",
    "en": "English",
    "es": "Español",
    "et": "Eesti",
    "fi": "Suomi",
    "fr": "Français",
    "ga": "Gaeilge",
    "hr": "Hrvatski",
    "hu": "Magyar",
    "it": "Italiano",
    "lt": "Lietuvių",
    "lv": "Latviešu",
    "mt": "Malti",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt": "Português",
    "ro": "Română",
    "sk": "Slovenčina",
    "sl": "Slovenščina",
    "sv": "Svenska",
}

#: The first official language of each Member State (by the EU's own codes);
#: where a state has several, the user picks with ``--language``.
DEFAULT_LANGUAGE: dict[str, str] = {
    "AT": "de", "BE": "nl", "BG": "bg", "CY": "el", "CZ": "cs", "DE": "de", "DK": "da",
    "EE": "et", "EL": "el", "ES": "es", "FI": "fi", "FR": "fr", "HR": "hr", "HU": "hu",
    "IE": "en", "IT": "it", "LT": "lt", "LU": "fr", "LV": "lv", "MT": "mt", "NL": "nl",
    "PL": "pl", "PT": "pt", "RO": "ro", "SE": "sv", "SI": "sl", "SK": "sk", "UK": "en",
}  # fmt: skip


def default_language(member_state: str) -> str:
    return DEFAULT_LANGUAGE.get(member_state, "en")
