import sys


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    try:
        name = argv[0]
    except IndexError:
        name = "world"
    print("Hello, {}!".format(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
