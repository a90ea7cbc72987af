import sys


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    name = (argv or ["world"])[0]
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
