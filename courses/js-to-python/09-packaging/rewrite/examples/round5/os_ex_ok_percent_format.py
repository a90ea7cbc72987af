import os
import sys


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    name = argv.pop(0) if argv else "world"
    sys.stdout.write("Hello, %s!\n" % name)
    return os.EX_OK


if __name__ == "__main__":
    sys.exit(main())
