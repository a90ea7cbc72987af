import sys

DEFAULT_NAME = "world"


def greeting(name: str) -> str:
    return f"Hello, {name}!"


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(greeting(args[0] if args else DEFAULT_NAME))
    return 0


if __name__ == "__main__":
    sys.exit(main())
