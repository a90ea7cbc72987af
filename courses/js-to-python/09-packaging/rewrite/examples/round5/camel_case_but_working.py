import sys


def main(argv=None):
    userArgs = sys.argv[1:] if argv is None else argv
    userName = userArgs[0] if len(userArgs) > 0 else "world"
    print(f"Hello, {userName}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
