"""Lesson 09 · Rewrite: greets the last argument, not the first."""
import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    name = args[-1] if args else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
