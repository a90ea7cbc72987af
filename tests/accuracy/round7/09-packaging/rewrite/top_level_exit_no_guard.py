import sys


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    name = argv[0] if argv else "world"
    print(f"Hello, {name}!")
    return 0


sys.exit(main())
