import sys


def main():
    name = sys.argv[0] if sys.argv else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
