def pyproject_toml():
    return """
[build-system]
requires = ["setuptools>=68", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "greet"
version = "1.0.0"
description = "A friendly greeting on the command line"
readme = "README.md"
requires-python = ">=3.9"
license = { text = "MIT" }
authors = [{ name = "Ada Lovelace", email = "ada@example.com" }]
classifiers = ["Programming Language :: Python :: 3"]
dependencies = [
    "rich>=13",
]

[project.optional-dependencies]
dev = [
    "pytest>=7.0",
]

[project.scripts]
greet = "greet.cli:main"

[tool.setuptools.packages.find]
where = ["src"]

[tool.pytest.ini_options]
testpaths = ["tests"]
"""
