def pyproject_toml():
    # uv style: dev tools in [tool.uv], exact versions end up in uv.lock
    return """
[project]
name = "greet"
version = "1.0.0"
requires-python = ">=3.11"
dependencies = ["rich>=13.0"]

[project.scripts]
greet = "greet.cli:main"

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[tool.uv]
dev-dependencies = ["pytest>=8.0"]
"""


if __name__ == "__main__":
    print(pyproject_toml())
