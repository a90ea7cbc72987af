def pyproject_toml():
    return """
[project]
name = "greet"
version = "1.0.0"
dependency = ["rich>=13"]

[project.optionalDependencies]
dev = ["pytest"]

[project.scripts]
greet = "greet.cli:main"
"""
