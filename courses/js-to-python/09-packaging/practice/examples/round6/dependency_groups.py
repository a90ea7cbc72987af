def pyproject_toml():
    return """
[project]
name = "greet"
version = "1.0.0"
requires-python = ">=3.10"
dependencies = ["rich>=13"]

[project.scripts]
greet = "greet.cli:main"

[dependency-groups]
dev = ["pytest>=7"]

[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"
"""
