"""Lesson 09 · Practice

Write `pyproject_toml()`: it returns the text of a pyproject.toml (or the same
data as a dict) for a package named `greet` in the src layout:

    src/greet/__init__.py
    src/greet/cli.py        defines main()
    tests/test_cli.py

- version 1.0.0
- a runtime dependency on rich, version 13 or later
- pytest, for development only
- a `greet` command that runs `main` in greet/cli.py

The grader reads your text with `tomllib`, as pip's build tools would.
"""


def pyproject_toml():
    # Your pyproject.toml here.
    return """
[project]
"""


if __name__ == "__main__":
    print(pyproject_toml())
