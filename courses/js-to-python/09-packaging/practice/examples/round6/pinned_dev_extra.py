def pyproject_toml():
    return """
[project]
name = "greet"
version = "1.0.0"
dependencies = ["rich>=13.0"]

[project.optional-dependencies]
dev = ["pytest==8.2.0"]

[project.scripts]
greet = "greet.cli:main"
"""
