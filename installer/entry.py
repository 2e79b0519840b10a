"""Entry point of the frozen (PyInstaller) build: the same as ``pactdesk``."""

import multiprocessing
import sys

from pactdesk.__main__ import main

if __name__ == "__main__":
    # The desk verifies bundles in worker processes (pactdesk.services.compile); in a
    # frozen build a spawned worker starts this executable, which must then run the
    # worker and not the application.
    multiprocessing.freeze_support()
    sys.exit(main())
