"""Entry point: `delegate-app [--db ...] [COMMAND]` runs a command, or opens the window."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Sequence

STARTED = time.perf_counter()  # `gui --quit-when-ready` counts from here


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments in (["--version"], ["-V"]):  # answered before anything heavy is imported
        from . import __version__

        print(f"delegate-app {__version__}")
        return 0
    program = argv is None  # the program itself, not a caller's process (tests pass arguments)
    if program:
        # Importing makes hundreds of thousands of objects and no garbage: a collection
        # now would only walk them, again and again as they pile up (about a tenth of a
        # command's CPU).
        gc.disable()
    from . import cli

    args = cli.build_parser().parse_args(arguments)
    if args.command in (None, "gui"):
        from .ui.app import run_gui

        # The window collects on the GUI thread once it is built (ui/collector.py).
        return run_gui(args.db, getattr(args, "quit_when_ready", False), STARTED)
    if program:
        # A command's modules live until it exits: the garbage collector need not walk
        # their objects again at each full collection, nor at exit (about 0.2 s of a
        # dossier's CPU).
        gc.freeze()
        gc.enable()
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
