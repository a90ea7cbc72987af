import argparse
import sys

parser = argparse.ArgumentParser(prog="greet")
parser.add_argument("name", nargs="?", default="world")
args = parser.parse_args()


def main(argv=None):
    print(f"Hello, {args.name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
