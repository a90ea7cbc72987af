"""pyproject.toml for greet, built line by line."""

LINES = [
    "[project]",
    'name = "greet"',
    'version = "1.0.0"',
    'dependencies = ["rich>=13"]',
    "",
    "[project.optional-dependencies]",
    'dev = ["pytest"]',
    "",
    "[project.scripts]",
    'greet = "greet.cli:main"',
]


def pyproject_toml():
    return "\n".join(LINES) + "\n"
