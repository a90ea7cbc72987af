import sys


def main(argv=None):
    argv = argv or []
    name = argv[0] if len(argv) else "world"
    print(f"Hello, {name}!")
    return 0


exitCode = main(sys.argv[2:])
sys.exit(exitCode)
