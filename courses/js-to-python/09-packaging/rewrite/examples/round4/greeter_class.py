import sys
from dataclasses import dataclass, field


@dataclass
class GreetCommand:
    """Holds the parsed arguments and runs the greeting."""

    args: list[str] = field(default_factory=list)
    default_name: str = "world"

    @property
    def name(self) -> str:
        return self.args[0] if self.args else self.default_name

    def run(self) -> int:
        print(f"Hello, {self.name}!")
        return 0


def main(argv: list[str] | None = None) -> int:
    return GreetCommand(list(sys.argv[1:] if argv is None else argv)).run()


if __name__ == "__main__":
    sys.exit(main())
