import sys


def main(name="world"):
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
