"""greet command: greet.cli:main."""

import sys


def main(argList=None):
    if argList is None:
        argList = sys.argv[1:]
    userName = "world"
    if len(argList) > 0:
        userName = argList[0]
    print("Hello, " + userName + "!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
