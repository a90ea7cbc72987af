"""pyproject.toml for greet."""

PYPROJECT = """\
[project]
name = "greet"
version = "1.0.0"
dependencies = ["rich>=13"]

[project.optional-dependencies]
dev = ["pytest"]

[project.scripts]
greet = "greet.cli:main"
"""


def pyproject_toml():
    return PYPROJECT


if __name__ == "__main__":
    print(pyproject_toml())
