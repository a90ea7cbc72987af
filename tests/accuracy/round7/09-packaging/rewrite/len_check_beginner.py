import sys


def main():
    name = "world"
    if len(sys.argv) > 1:
        name = sys.argv[1]
    message = "Hello, " + name + "!"
    print(message)
    return 0


if __name__ == "__main__":
    sys.exit(main())
