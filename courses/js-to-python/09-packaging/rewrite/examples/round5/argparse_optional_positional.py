"""greet: say hello from the command line."""
import argparse
import sys


def build_parser():
    parser = argparse.ArgumentParser(prog="greet", description="Say hello.")
    parser.add_argument("name", nargs="?", default="world", help="who to greet")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    print(f"Hello, {args.name}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
