import sys

DEFAULT_NAME = "world"


def get_args():
    return sys.argv[1:]


def get_name(args):
    if args:
        return args[0]
    return DEFAULT_NAME


def main():
    print(f"Hello, {get_name(get_args())}!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
