import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    name = next(iter(args), "world")
    sys.stdout.write(f"Hello, {name}!\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
