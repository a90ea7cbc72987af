import sys


def main(argv=None):
    # The script that pip generates calls main() with NO arguments,
    # so argv needs a default. When it's None I read the real command line.
    if argv is None:
        # sys.argv[0] is the program name; the arguments start at index 1
        argv = sys.argv[1:]

    # use the first argument, or "world" if there isn't one
    if argv:
        name = argv[0]
    else:
        name = "world"

    print(f"Hello, {name}!")

    # 0 means success, like process.exitCode = 0 in Node
    return 0


# Only run when the file is executed directly (python cli.py Ada).
if __name__ == "__main__":
    sys.exit(main())
