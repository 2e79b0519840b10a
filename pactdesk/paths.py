"""Where PactDesk finds its files.

Every file location the program uses comes from here, so that tests, the
installed application and a developer's checkout agree.  For now this only
knows the read-only ``resources/`` folder (frameworks, fonts, icons); the
environment variable ``PACTDESK_RESOURCES`` points it elsewhere (tests, a
packaged build that lays the folder out differently).
"""

from __future__ import annotations

import os
from pathlib import Path

RESOURCES_ENV = "PACTDESK_RESOURCES"


def resources_dir() -> Path:
    """The ``resources/`` folder: ``$PACTDESK_RESOURCES`` if set, else the checkout's."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"
