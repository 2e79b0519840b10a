"""How the window writes dates, times and numbers: one format per kind, from the user's locale.

Every date the window shows goes through :func:`date_text`, every moment
through :func:`datetime_text`, every clock time through :func:`time_text`,
every count or figure through :func:`number_text` and every percentage
through :func:`percent_text`, all through ``QLocale`` -- so a Polish
official reads "1 grudnia 2026 06:54" everywhere and an Irish one
"1 December 2026 06:54", and no dialog writes "01.12.2026" while the
history writes something else.  ``tests/ui/test_focus_and_keys.py`` checks that no
other module of the window formats a date itself.

Dates use the locale's long form without the weekday (the deadline banner,
the history and the verify dialog would otherwise each pick their own).
Moments are shown in the computer's time zone.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

_WEEKDAY = re.compile(r"d{4}[,.]?\s*|\s*[,.]?\s*d{4}")


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's long date pattern without its weekday ("dddd, d MMMM yyyy" -> "d MMMM yyyy")."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    stripped = _WEEKDAY.sub("", pattern).strip(" ,.")
    return stripped or "yyyy-MM-dd"


def time_pattern(locale: QLocale | None = None) -> str:
    return (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)


def date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), date_pattern())


def _local(moment: dt.datetime) -> QDateTime:
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive moment is this computer's time
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return local


def time_text(moment: dt.datetime | dt.time) -> str:
    if isinstance(moment, dt.time):
        return QLocale().toString(QTime(moment.hour, moment.minute, moment.second), time_pattern())
    return QLocale().toString(_local(moment).time(), time_pattern())


def datetime_text(moment: dt.datetime) -> str:
    local = _local(moment)
    locale = QLocale()
    day = locale.toString(local.date(), date_pattern())
    return f"{day} {locale.toString(local.time(), time_pattern())}"


def moment_text(at: str) -> str:
    """An ISO 8601 moment (as the history and sign-offs store them) for a person; else as is."""
    try:
        return datetime_text(dt.datetime.fromisoformat(at.replace("Z", "+00:00")))
    except ValueError:
        return at


def number_text(value: float) -> str:
    """A figure in the locale's digits, marks and grouping, with the decimals it has (up to 6)."""
    locale = QLocale()
    if isinstance(value, int) or float(value).is_integer():
        return locale.toString(int(value))
    text = repr(float(value))
    decimals = len(text.split(".", 1)[1]) if "." in text and "e" not in text else 6
    return locale.toString(float(value), "f", min(decimals, 6))


def percent_text(value: int) -> str:
    locale = QLocale()
    return f"{locale.toString(int(value))}\N{NO-BREAK SPACE}{locale.percent()}"


def now() -> dt.datetime:
    return dt.datetime.now().astimezone()
