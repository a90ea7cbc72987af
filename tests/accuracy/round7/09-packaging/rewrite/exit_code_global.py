import sys


def main(argv):
    name = argv[0] if len(argv) > 0 else "world"
    print(f"Hello, {name}!")
    return 0


exit_code = main(sys.argv[1:])
sys.exit(exit_code)
