import sys

DEFAULT_NAME = "world"


class Greeter:
    def __init__(self, name=DEFAULT_NAME):
        self.name = name

    def greeting(self):
        return f"Hello, {self.name}!"


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    greeter = Greeter(args[0]) if args else Greeter()
    print(greeter.greeting())
    return 0


if __name__ == "__main__":
    sys.exit(main())
