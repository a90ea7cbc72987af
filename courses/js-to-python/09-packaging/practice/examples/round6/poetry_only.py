def pyproject_toml():
    return """
[tool.poetry]
name = "greet"
version = "1.0.0"
description = "Say hello"
packages = [{ include = "greet", from = "src" }]

[tool.poetry.dependencies]
python = "^3.10"
rich = "^13"

[tool.poetry.group.dev.dependencies]
pytest = "^7"

[tool.poetry.scripts]
greet = "greet.cli:main"

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
"""
