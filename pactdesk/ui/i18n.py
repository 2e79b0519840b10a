"""Every string the window shows goes through :func:`tr` (Qt's translation mechanism).

``pyside6-lupdate`` finds the ``tr("…")`` calls in the modules of
``pactdesk/ui`` and writes them to ``resources/translations/pactdesk.ts``
(with the empty context, which is what it gives a module-level ``tr``);
a translator fills in ``pactdesk_<language>.ts``, ``pyside6-lrelease``
makes the ``.qm`` file the window loads at start (see
``resources/translations/README.md``).  Strings kept in tables are marked
with :func:`noop` so that ``lupdate`` finds them and translated when shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale

T = TypeVar("T")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The window's text in the user's language.

    A counted string passes its number: ``tr("%n field(s) changed", "", count)``;
    Qt then picks the language's plural form (English too: no "(s)" is shown).
    ``lupdate`` reads exactly this call shape and marks the message as counted.
    """
    if n >= 0:
        install_base_translation()
    return QCoreApplication.translate("", text, disambiguation, n)


_base_installed = False


def install_base_translation() -> None:
    """Load ``pactdesk_en.qm``: the English plural forms of the counted strings.

    Qt writes counted strings once, with ``%n`` ("%n field(s) will change"), and
    each language's translation gives its plural forms -- English too, or a
    reader would see "(s)".  Installed first, so that a translation into the
    user's language (installed later) takes precedence.
    """
    global _base_installed
    if _base_installed or QCoreApplication.instance() is None:
        return
    from PySide6.QtCore import QTranslator

    from pactdesk import paths

    translator = QTranslator(QCoreApplication.instance())
    if translator.load(str(paths.resources_dir() / "translations" / "pactdesk_en.qm")):
        QCoreApplication.installTranslator(translator)
        _base_installed = True


def ui_language() -> str:
    """The window's language as an ISO 639-1 code ("fr"): the default locale's (see launch).

    The C (POSIX) locale, a system with no language set, is English: the
    window's own texts are then shown untranslated.
    """
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "en"
    return locale.name().split("_")[0]


#: The EU's country codes that are not ISO 3166's (Greece is EL; the United Kingdom was UK).
_ISO_CODE = {"EL": "GR", "UK": "GB"}


def member_state_name(code: str, name: str) -> str:
    """A Member State's name in the window's language, from CLDR (through Babel).

    ``name`` is the framework's (English, the Commission's usage): shown in
    an English window, and wherever CLDR has no name for the code.
    """
    language = ui_language()
    if language == "en":
        return name
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return name
    return str(names.get(_ISO_CODE.get(code, code), name))


def sorted_by_name(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """``items`` in the order of their names as the window's language sorts them (QCollator)."""
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator

    collator = QCollator(QLocale())

    def compare(a: T, b: T) -> int:
        return collator.compare(name(a), name(b))

    return sorted(items, key=cmp_to_key(compare))


def noop(text: str) -> str:
    """Mark a string for translation where it is defined; :func:`tr` it where it is shown."""
    return text


# lupdate knows QT_TR_NOOP; give the marker that name too.
QT_TR_NOOP = noop
