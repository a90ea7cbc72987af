import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("Hello, world!")
        return 1
    print(f"Hello, {args[0]}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
