from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point for `greet`; pip's wrapper calls this with no arguments."""
    args = sys.argv[1:] if argv is None else argv
    name = args[0] if args else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
