from argparse import ArgumentParser


def build_parser():
    parser = ArgumentParser(prog="greet")
    parser.add_argument("name", nargs="?", default="world", help="who to greet")
    return parser


def main():
    args = build_parser().parse_args()
    print(f"Hello, {args.name}!")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
