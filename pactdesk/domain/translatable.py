"""The marker for sentences of the core that the window shows in the user's language.

The core never imports Qt; a sentence it hands to the window (a verify
finding, an export format's name) is marked with :func:`QT_TR_NOOP` where it
is written, so that ``pyside6-lupdate`` lists it in the translation template,
and the window translates it when it shows it (``pactdesk.ui.i18n.tr``).
The command line prints the English.
"""

from __future__ import annotations


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark a text for translation; it is translated where it is shown."""
    return text
