"""pyproject for greet."""


def pyproject_toml():
    return """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "greet"
version = "1.0.0"
requires-python = ">=3.10"
dependencies = [
    "rich>=13",
]

[project.scripts]
greet = "greet.cli:main"

[dependency-groups]
dev = ["pytest>=8"]
"""


if __name__ == "__main__":
    print(pyproject_toml())
