def pyproject_toml():
    return """
[build-system]
requires = ["setuptools>=68", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "greet"
version = "1.0.0"
description = "Say hello from the command line"
readme = "README.md"
requires-python = ">=3.10"
dependencies = [
    "rich >= 13.0.0",
]

[project.optional-dependencies]
dev = [
    "pytest >= 7",
]

[project.scripts]
greet = "greet.cli:main"

[tool.setuptools.packages.find]
where = ["src"]
"""


if __name__ == "__main__":
    print(pyproject_toml())
