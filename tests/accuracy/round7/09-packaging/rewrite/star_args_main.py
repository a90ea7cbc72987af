import sys


def main(*argv):
    args = list(argv) or sys.argv[1:]
    name = args[0] if args else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
