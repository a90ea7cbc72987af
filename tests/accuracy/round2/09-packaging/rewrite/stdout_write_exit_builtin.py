"""greet command: greet.cli:main."""

import sys


def main(argv=None):
    args = list(sys.argv[1:] if argv is None else argv)
    name = args.pop(0) if args else "world"
    sys.stdout.write(f"Hello, {name}!\n")
    return 0


if __name__ == "__main__":
    exit(main())
