"""Dates and times as the contribution's language writes them, from Babel's CLDR data.

The PDF is read in the contribution's language: "31 marca 2026, 14:05 UTC"
for Polish, "31 March 2026, 14:05 UTC" for English.  Times are shown in
UTC, the time the signatures carry, and said to be so.  Babel is imported
on the first call.
"""

from __future__ import annotations

import datetime as dt

#: Babel's locale for a contribution language where the language alone is not the EU's use.
_LOCALES = {"en": "en_GB", "pt": "pt_PT"}


def locale_of(language: str) -> str:
    return _LOCALES.get(language, language)


def format_day(day: dt.date, language: str) -> str:
    """``day`` in the language's long form ("31 marca 2026")."""
    from babel.dates import format_date

    return str(format_date(day, "long", locale=locale_of(language)))


def format_moment(moment: dt.datetime, language: str) -> str:
    """``moment`` as its day in the language's long form and its time, in UTC."""
    from babel.dates import format_time

    utc = moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    time = format_time(utc, "short", tzinfo=dt.UTC, locale=locale_of(language))
    return f"{format_day(utc.date(), language)}, {time} UTC"
