"""Lesson 09 · Practice

Write `pyproject_toml()`: it returns the text of a pyproject.toml (or the same
data as a dict) for a package named `greet` in the src layout.
"""


def pyproject_toml():
    return """
[project]
name = "greet"
version = "1.0.0"
dependencies = ["rich>=13,<15"]

[project.optional-dependencies]
test = ["pytest>=7"]

[project.scripts]
greet = "greet.cli:main"
"""


if __name__ == "__main__":
    print(pyproject_toml())
