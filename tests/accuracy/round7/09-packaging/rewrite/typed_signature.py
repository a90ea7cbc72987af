"""Command-line entry point for greet."""
from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Greet the first argument, or the world when there is none."""
    args = list(sys.argv[1:] if argv is None else argv)
    name = args[0] if args else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
