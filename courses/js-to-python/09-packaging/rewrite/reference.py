"""Lesson 09 · Rewrite: reference answer (src/greet/cli.py)."""
import sys


def main(argv=None):
    """Greet the name given on the command line; return the exit status."""
    args = sys.argv[1:] if argv is None else argv
    name = args[0] if args else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
