"""greet command: greet.cli:main."""

import sys


def main(argv=None):
    args = argv or sys.argv[1:]
    name = next(iter(args), "world")
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
