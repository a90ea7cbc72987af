"""Command-line entry point for greet."""
from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Print a greeting; ``greet = "greet.cli:main"`` calls this with no arguments."""
    if argv is None:
        argv = sys.argv[1:]
    name = argv[0] if argv else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
