import sys

from greet.formatting import format_greeting


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    print(format_greeting(args[0] if args else "world"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
