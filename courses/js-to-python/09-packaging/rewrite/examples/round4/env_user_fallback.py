import os
import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    # nicer default: greet the logged-in user
    name = args[0] if args else os.environ.get("USER", "world")
    print(f"Hello, {name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
