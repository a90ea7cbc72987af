import sys


def main(argv=None):
    name = next(iter(sys.argv[1:] if argv is None else argv), "world")
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
