import sys


def main(*names):
    names = names or tuple(sys.argv[1:])
    name = names[0] if names else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
