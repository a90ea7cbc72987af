import sys


def main(argv=None):
    args = argv if argv is not None else sys.argv[1:]
    name = args[0] if len(args) > 0 else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    main()
