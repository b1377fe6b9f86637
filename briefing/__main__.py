"""``python -m briefing`` / ``briefing``: start the app.

Until the desktop window lands (issue "The desktop application"), this prints
the command-line summary of the given file, or of the bundled seed article.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Summarize the given article (default: the bundled seed) on the terminal."""
    from .cli import main as cli_main
    from .paths import default_seed

    args = list(sys.argv[1:] if argv is None else argv)
    target = args[0] if args else str(default_seed())
    return cli_main(["summarize", target, *args[1:]])


if __name__ == "__main__":
    sys.exit(main())
