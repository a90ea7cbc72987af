import sys


def main(argv=sys.argv[1:]):
    name = argv[0] if argv else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
