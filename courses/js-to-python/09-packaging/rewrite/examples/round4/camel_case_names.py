import sys


def main(argv=None):
    argList = sys.argv[1:] if argv is None else argv
    userName = argList[0] if len(argList) > 0 else "world"
    print("Hello, " + userName + "!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
