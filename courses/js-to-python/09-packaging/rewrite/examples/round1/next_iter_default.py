import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else list(argv)
    name = next(iter(args), "world")
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
