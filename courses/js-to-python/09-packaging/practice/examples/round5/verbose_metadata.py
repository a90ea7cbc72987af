def pyproject_toml():
    return """
[build-system]
requires = ["hatchling>=1.18"]
build-backend = "hatchling.build"

[project]
name = "greet"
version = "1.0.0"
description = "A friendly command-line greeter"
readme = "README.md"
license = { text = "MIT" }
authors = [{ name = "Ada Lovelace", email = "ada@example.com" }]
requires-python = ">=3.10"
classifiers = [
    "Programming Language :: Python :: 3",
    "Environment :: Console",
]
dependencies = ["rich[jupyter]>=13"]

[project.optional-dependencies]
dev = ["pytest>=7", "pytest-cov"]

[project.scripts]
greet = "greet.cli:main"

[project.urls]
Homepage = "https://example.com/greet"

[tool.hatch.build.targets.wheel]
packages = ["src/greet"]

[tool.pytest.ini_options]
testpaths = ["tests"]
"""
