def pyproject_toml():
    return """
[project]
name = "greet"
dependencies = ["rich>=13"]

[project.optional-dependencies]
dev = ["pytest"]

[project.scripts]
greet = "greet.cli:main"
"""
