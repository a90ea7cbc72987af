"""Generate the greet pyproject.toml."""
import json

NAME = "greet"
VERSION = "1.0.0"
RUNTIME = ["rich>=13"]
DEV = ["pytest"]


def pyproject_toml():
    return f"""\
[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "{NAME}"
version = "{VERSION}"
dependencies = {json.dumps(RUNTIME)}

[project.optional-dependencies]
dev = {json.dumps(DEV)}

[project.scripts]
{NAME} = "{NAME}.cli:main"
"""


if __name__ == "__main__":
    print(pyproject_toml())
