import sys

console_log = print


def main(argv):
    name = argv[0] if len(argv) > 0 else "world"
    console_log(f"Hello, {name}!")
    return 0


main(sys.argv[2:])
