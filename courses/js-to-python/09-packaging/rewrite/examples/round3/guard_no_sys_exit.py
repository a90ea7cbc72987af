import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    print(f"Hello, {args[0] if args else 'world'}!")
    return 0


if __name__ == "__main__":
    main()
