import os
import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    who = args[0] if args else "world"
    print(f"Hello, {who}!")
    return os.EX_OK


if __name__ == "__main__":
    sys.exit(main())
