import sys


def main():
    name = sys.argv[1] or "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
