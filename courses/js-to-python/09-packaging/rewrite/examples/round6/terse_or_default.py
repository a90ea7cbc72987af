import sys


def main(argv=None):
    name = ((sys.argv[1:] if argv is None else argv) or ["world"])[0]
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
