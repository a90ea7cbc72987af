import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    name = args[0] or "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
