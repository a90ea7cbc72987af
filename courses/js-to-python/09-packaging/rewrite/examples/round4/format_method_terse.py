import sys

def main(argv=None):
    a = sys.argv[1:] if argv is None else argv
    print("Hello, {}!".format(a[0] if a else "world"))
    return 0

if __name__ == "__main__":
    sys.exit(main())
