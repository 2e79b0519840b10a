"""Handing a written file to the desktop: open it, or show the folder it is in.

The one place the window asks the operating system's desktop (Explorer,
Finder, the Linux file manager) to open something, through
``QDesktopServices.openUrl``; every "Open" and "Show in folder" button of the
export, bundle, CA and sign-off dialogs calls these.  Both return whether the
desktop took it, so that a dialog can say so plainly when no program does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

__all__ = ["folder_of", "open_file", "show_in_folder"]


def folder_of(path: Path) -> Path:
    """The folder holding ``path``, absolute (a typed relative path counts from here)."""
    return Path(path).absolute().parent


def show_in_folder(path: Path) -> bool:
    """Open the folder holding ``path`` in the desktop's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder_of(path))))


def open_file(path: Path) -> bool:
    """Open ``path`` with the program the desktop opens such files with."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).absolute())))
