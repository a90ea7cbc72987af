def pyproject_toml():
    """pyproject for greet, managed with uv (uv.lock holds the pins)."""
    return """
[project]
name = "greet"
version = "1.0.0"
requires-python = ">=3.11"
dependencies = ["rich>=13.0.0"]

[project.scripts]
greet = "greet.cli:main"

[build-system]
requires = ["uv_build>=0.8,<0.9"]
build-backend = "uv_build"

[tool.uv]
dev-dependencies = ["pytest>=8.0"]
"""
