import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    name = args[0] if args else "world"
    print(f"Hello, {name}!")
    return 0


main()
