def pyproject_toml():
    return """
[project]
name: "greet"
version: "1.0.0"
dependencies: ["rich>=13"]

[project.scripts]
greet: "greet.cli:main"
"""
