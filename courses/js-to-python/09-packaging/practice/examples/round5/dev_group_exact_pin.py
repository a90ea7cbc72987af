def pyproject_toml():
    return """
[build-system]
requires = ["pdm-backend"]
build-backend = "pdm.backend"

[project]
name = "greet"
version = "1.0.0"
dependencies = ["rich>=13,<15"]

[project.scripts]
greet = "greet.cli:main"

[dependency-groups]
dev = ["pytest==8.3.3"]
"""
