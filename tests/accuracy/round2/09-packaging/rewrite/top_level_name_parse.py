"""greet command: greet.cli:main."""

import sys

NAME = sys.argv[1] if len(sys.argv) > 1 else "world"


def main():
    print(f"Hello, {NAME}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
