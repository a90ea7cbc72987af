def pyproject_toml():
    return """
name = "greet"
version = "1.0.0"

[dependencies]
rich = "^13.0.0"

[devDependencies]
pytest = "*"

[scripts]
greet = "python src/greet/cli.py"
"""
