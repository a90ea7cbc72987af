import sys

NAME = sys.argv[1] if len(sys.argv) > 1 else "world"


def main(argv=None):
    name = NAME if argv is None else (argv[0] if argv else "world")
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
