"""Entry point of the frozen (PyInstaller) build: the same as ``pactdesk``."""

import sys

from pactdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
