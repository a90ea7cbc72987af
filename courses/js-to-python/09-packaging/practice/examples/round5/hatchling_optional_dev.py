def pyproject_toml():
    return """\
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "greet"
version = "1.0.0"
requires-python = ">=3.11"
dependencies = ["rich>=13"]

[project.optional-dependencies]
dev = ["pytest"]

[project.scripts]
greet = "greet.cli:main"
"""


if __name__ == "__main__":
    print(pyproject_toml())
