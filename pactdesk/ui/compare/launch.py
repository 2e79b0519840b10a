"""``pactdesk compare [BUNDLE…|DIR] [--trust-dir DIR] [--trust [XX=]CA.pem]…``: the window alone."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def launch_compare(args: list[str]) -> int:
    from pactdesk.cli.compile_commands import add_trust_options
    from pactdesk.ui.launch import NO_SCREEN, create_application, has_screen

    parser = argparse.ArgumentParser(
        prog="pactdesk compare",
        description="The Compare contributions window: verify many bundles and compare them.",
    )
    parser.add_argument("inputs", type=Path, nargs="*", metavar="BUNDLE|DIR")
    add_trust_options(parser)
    options = parser.parse_args(args)
    missing = [str(p) for p in options.inputs if not p.exists()]
    if missing:
        sys.stderr.write(f"pactdesk compare: {missing[0]} does not exist\n")
        return 2
    if not has_screen():
        sys.stderr.write(NO_SCREEN + "\n")
        return 2
    app = create_application()
    from pactdesk.ui.compare.window import CompareWindow

    window = CompareWindow(trust_dir=options.trust_dir, trust=options.trust)
    window.show()
    if options.inputs:
        window.add_bundles(list(options.inputs))
    return int(app.exec())
