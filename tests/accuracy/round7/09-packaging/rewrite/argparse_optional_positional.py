import argparse
import sys


def main(argv=None):
    parser = argparse.ArgumentParser(prog="greet", description="Say hello.")
    parser.add_argument("name", nargs="?", default="world")
    args = parser.parse_args(argv)
    print(f"Hello, {args.name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
