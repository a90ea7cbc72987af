import sys


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    userName = args[0] if args else "world"
    print(f"Hello, {userName}!")
    return 0


exit_code = main(sys.argv[1:])

if __name__ == "__main__":
    sys.exit(exit_code)
