import sys


def main(argv=None):
    # node puts the script at index 1, so the args start at 2
    args = sys.argv[2:] if argv is None else argv
    name = args[0] if args else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
