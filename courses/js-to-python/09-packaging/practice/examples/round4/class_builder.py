"""Over-engineered on purpose: a tiny model of the manifest rendered to TOML."""
from dataclasses import dataclass, field


@dataclass
class Manifest:
    name: str
    version: str
    dependencies: list[str] = field(default_factory=list)
    dev: list[str] = field(default_factory=list)
    scripts: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def _array(items):
        return "[" + ", ".join(f'"{item}"' for item in items) + "]"

    def render(self) -> str:
        out = [
            "[project]",
            f'name = "{self.name}"',
            f'version = "{self.version}"',
            f"dependencies = {self._array(self.dependencies)}",
            "",
            "[project.optional-dependencies]",
            f"dev = {self._array(self.dev)}",
            "",
            "[project.scripts]",
        ]
        out += [f'{cmd} = "{target}"' for cmd, target in self.scripts.items()]
        return "\n".join(out) + "\n"


def pyproject_toml():
    return Manifest(
        name="greet",
        version="1.0.0",
        dependencies=["rich>=13"],
        dev=["pytest"],
        scripts={"greet": "greet.cli:main"},
    ).render()


if __name__ == "__main__":
    print(pyproject_toml())
