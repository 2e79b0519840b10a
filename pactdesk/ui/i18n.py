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

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def noop(text: str) -> str:
    """Mark a string for translation where it is defined; :func:`tr` it where it is shown."""
    return text


# lupdate knows QT_TR_NOOP; give the marker that name too.
QT_TR_NOOP = noop
