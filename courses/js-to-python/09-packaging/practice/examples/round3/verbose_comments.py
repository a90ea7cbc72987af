def pyproject_toml():
    return """
# How to build the package: setuptools finds src/greet automatically.
[build-system]
requires = ["setuptools>=68", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "greet"          # the name on PyPI / pip install greet
version = "1.0.0"
description = "Say hello from the command line"
readme = "README.md"
requires-python = ">=3.9"
# Runtime dependencies only. A range, not a pin: exact versions go in a lock file.
dependencies = [
    "rich>=13",
]

# Extra tools for developers: pip install -e ".[dev]"
[project.optional-dependencies]
dev = [
    "pytest",
]

# The `greet` command runs main() from src/greet/cli.py.
[project.scripts]
greet = "greet.cli:main"

[tool.setuptools.packages.find]
where = ["src"]
"""


if __name__ == "__main__":
    print(pyproject_toml())
