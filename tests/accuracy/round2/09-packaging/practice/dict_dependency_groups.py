"""pyproject data."""

PROJECT = {
    "name": "greet",
    "version": "1.0.0",
    "dependencies": ["rich>=13"],
    "scripts": {"greet": "greet.cli:main"},
}


def pyproject_toml():
    return {"project": PROJECT, "dependency-groups": {"dev": ["pytest"]}}
