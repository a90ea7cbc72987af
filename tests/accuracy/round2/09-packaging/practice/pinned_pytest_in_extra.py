"""pyproject.toml for greet."""


def pyproject_toml():
    return """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "greet"
version = "1.0.0"
dependencies = ["rich>=13,<15"]

[project.optional-dependencies]
test = ["pytest==8.3.2"]

[project.scripts]
greet = "greet.cli:main"
"""


if __name__ == "__main__":
    print(pyproject_toml())
