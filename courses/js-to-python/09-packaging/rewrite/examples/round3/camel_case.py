import sys


def main(argv=None):
    cliArgs = sys.argv[1:] if argv is None else argv
    userName = cliArgs[0] if cliArgs else "world"
    print(f"Hello, {userName}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
