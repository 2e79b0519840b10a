"""``compile``: the Commission's desk — verify many bundles and write the comparison.

``pactdesk compare`` (the window) is started by ``pactdesk.__main__``: the
command line never imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from pactdesk.cli import CommandError


def add_trust_options(parser: argparse.ArgumentParser) -> None:
    """``--trust-dir`` and ``--trust``, shared with ``pactdesk compare``."""
    parser.add_argument(
        "--trust-dir",
        type=Path,
        metavar="DIR",
        help="a folder holding each Member State's ministry CA as XX.pem (PL.pem, EL.pem …)",
    )
    parser.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="[XX=]CA.pem",
        help="a CA certificate trusted for Member State XX; without XX= it is trusted for "
        "every Member State; repeatable",
    )


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "compile",
        allow_abbrev=False,
        help="the Commission's desk: verify many bundles, write comparison.xlsx, overview.pdf "
        "and compilation.json",
        description="Verify every bundle against the CA trusted for its Member State, let each "
        "update replace the bundle it supersedes, and write the comparison.  Exit 0 when every "
        "bundle verified, 1 when any was rejected (the outputs are written without it), 2 on "
        "a bad call (then nothing is written).  The same in a window: pactdesk compare "
        "[BUNDLE…|DIR] [--trust-dir DIR] [--trust [XX=]CA.pem].",
    )
    parser.add_argument("inputs", type=Path, nargs="+", metavar="BUNDLE|DIR")
    add_trust_options(parser)
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="where to write")
    parser.add_argument("--json", action="store_true", help="print compilation.json to stdout")
    parser.set_defaults(handler=cmd_compile)


def cmd_compile(args: argparse.Namespace) -> int:
    import gc

    from pactdesk.frameworks import shipped_framework
    from pactdesk.services.compile import (
        bundle_paths,
        compile_bundles,
        load_trust,
    )
    from pactdesk.services.compile_outputs import (
        OUTPUT_NAMES,
        compilation_json,
        prepare,
        write_outputs,
    )

    framework = shipped_framework()
    trust = load_trust(
        trust_dir=args.trust_dir,
        trust=args.trust,
        member_states=[s.code for s in framework.member_states],
    )
    paths = bundle_paths(args.inputs)
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise CommandError(2, f"--out {out} is a file; it must be a folder")
    resolved = out.resolve()
    inputs = {p.resolve() for p in args.inputs} | set(paths)
    targets = {resolved / name for name in OUTPUT_NAMES}
    if resolved in inputs or targets & inputs:
        raise CommandError(2, f"--out {out} is one of the inputs; choose another folder")
    # A batch that makes millions of short-lived objects (27 contributions read, verified,
    # written) in a process that ends with it: the cyclic collector runs rarely (as mypy's
    # does), instead of walking every contribution read so far every few thousand objects.
    gc.set_threshold(100_000, 50, 50)
    compilation = compile_bundles(paths, trust, framework=framework, while_waiting=prepare)
    write_outputs(compilation, out)
    if args.json:
        sys.stdout.write(compilation_json(compilation).decode("utf-8"))
    else:
        for line in compilation.lines():
            print(line)
        print(f"Written: {', '.join(str(out / name) for name in OUTPUT_NAMES)}")
    if not compilation.ok:
        count = len(compilation.rejected)
        raise CommandError(
            1,
            f"{count} bundle{'s were' if count != 1 else ' was'} rejected and left out of the "
            "comparison",
            [f"{r.bundle.file}: {'; '.join(r.reasons)}" for r in compilation.rejected],
        )
    return 0


__all__ = ["add_trust_options", "cmd_compile", "register"]
