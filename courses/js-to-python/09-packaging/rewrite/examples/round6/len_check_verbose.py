import sys


def main(argv=None):
    if argv == None:
        argv = sys.argv[1:]
    if len(argv) > 0:
        name = argv[0]
    else:
        name = "world"
    message = "Hello, " + name + "!"
    print(message)
    return 0


if __name__ == "__main__":
    status = main()
    sys.exit(status)
