"""``python -m briefing [FILE]``: start the desktop app (see :mod:`briefing.ui.app`)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Start the GUI on FILE, or on the bundled seed article."""
    from .ui.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
