"""pyproject.toml for greet."""


def pyproject_toml():
    return """
# greet: say hello from the command line
[project]
name = "greet"
version = "1.0.0"
description = "Print a greeting"
dependencies = [
    "rich >= 13",  # pretty output
]

[project.optional-dependencies]
dev = [
    "pytest",
]

[project.scripts]
greet = "greet.cli:main"   # module:function
"""


if __name__ == "__main__":
    print(pyproject_toml())
