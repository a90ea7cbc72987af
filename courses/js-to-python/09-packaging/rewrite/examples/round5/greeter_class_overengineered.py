"""Command-line entry point for greet."""
import sys
from dataclasses import dataclass


@dataclass
class Greeter:
    default_name: str = "world"

    def greeting(self, args):
        name = args[0] if args else self.default_name
        return f"Hello, {name}!"


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    print(Greeter().greeting(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
