import sys


def main():
    name = sys.argv[1] if sys.argv[1] else "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
