import sys


def main(argv: list[str] | None = None) -> int:
    """Print a greeting for the first argument, or for the world."""
    if argv is None:
        argv = sys.argv[1:]
    name = argv[0] if argv else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
