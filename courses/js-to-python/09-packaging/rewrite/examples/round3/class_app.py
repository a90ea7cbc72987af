import sys


class GreetApp:
    def __init__(self, args):
        self.args = args

    def run(self):
        name = self.args[0] if self.args else "world"
        print(f"Hello, {name}!")
        return 0


def main(argv=None):
    return GreetApp(sys.argv[1:] if argv is None else argv).run()


if __name__ == "__main__":
    sys.exit(main())
