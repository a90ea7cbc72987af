import sys


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    name = argv[0] if len(argv) else "world"
    sys.stdout.write("Hello, %s!\n" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
