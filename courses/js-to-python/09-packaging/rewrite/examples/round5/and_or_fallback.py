import sys


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    name = len(argv) > 0 and argv[0] or "world"
    print("Hello, {}!".format(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
