def pyproject_toml():
    return """\
[project]
name = "greet"
version = "1.0.0"
dependencies = ["rich>=13"]
bin = { greet = "greet.cli:main" }

[project.optional-dependencies]
dev = ["pytest>=8"]
"""
