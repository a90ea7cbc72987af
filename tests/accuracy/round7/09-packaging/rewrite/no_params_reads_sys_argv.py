import sys


def main():
    args = sys.argv[1:]
    if args:
        name = args[0]
    else:
        name = "world"
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
