import sys

# Behaviour mirrors the Node original: the first argument, or "world" if none.
# Nothing is initialised at import, so the pip wrapper can import us safely.


def main(argv=None):
    arguments = sys.argv[1:] if argv is None else argv
    try:
        name = arguments[0]
    except IndexError:
        name = "world"
    print("Hello, {}!".format(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
