import sys


def main():
    args = sys.argv[1:]
    name = args[0] if args else "world"
    print(f"Hello, {name}!")
    sys.exit(0)


if __name__ == "__main__":
    main()
