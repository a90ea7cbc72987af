PYPROJECT = """
[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[project]
name = "greet"
version = "1.0.0"
description = "Say hello"
dependencies = [
    "rich>=13",
]

[project.scripts]
greet = "greet.cli:main"

[dependency-groups]
dev = ["pytest>=8"]

[tool.setuptools.packages.find]
where = ["src"]
"""


def pyproject_toml():
    return PYPROJECT
