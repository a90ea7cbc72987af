import sys


def main(argv=None):
    name, *_ = (sys.argv[1:] if argv is None else argv) or ["world"]
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
