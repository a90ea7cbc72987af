"""pyproject for greet."""


def pyproject_toml():
    return """
[project]
name = "greet"
version = "1.0.0"
dependencies = ["rich>=13.0.0"]

[project.scripts]
greet = "greet.cli:main"

[tool.uv]
dev-dependencies = ["pytest>=8.0"]

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"
"""


if __name__ == "__main__":
    print(pyproject_toml())
