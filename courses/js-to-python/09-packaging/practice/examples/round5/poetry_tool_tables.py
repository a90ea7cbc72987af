def pyproject_toml():
    return """
[tool.poetry]
name = "greet"
version = "1.0.0"
description = ""
authors = ["Me <me@example.com>"]
packages = [{ include = "greet", from = "src" }]

[tool.poetry.dependencies]
python = "^3.11"
rich = "^13.0"

[tool.poetry.group.dev.dependencies]
pytest = "^8.0"

[tool.poetry.scripts]
greet = "greet.cli:main"

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
"""
