"""pyproject for greet."""


def pyproject_toml():
    return """
[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "greet"
version = "1.0.0"
dependencies = ["rich>=13"]

[project.optional-dependencies]
dev = ["pytest"]

[project.script]
greet = "greet.cli:main"
"""


if __name__ == "__main__":
    print(pyproject_toml())
