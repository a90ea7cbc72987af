import sys


def main(argv=None):
    name = sys.argv[0] if len(sys.argv) > 0 else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
