import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    print(f"Hello, {next(iter(args), 'world')}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
