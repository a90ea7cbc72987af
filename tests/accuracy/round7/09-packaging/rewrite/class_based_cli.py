import sys
from dataclasses import dataclass


@dataclass
class Greeter:
    name: str = "world"

    def greet(self) -> str:
        return f"Hello, {self.name}!"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    greeter = Greeter(*args[:1])
    print(greeter.greet())
    return 0


if __name__ == "__main__":
    sys.exit(main())
