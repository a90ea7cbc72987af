"""pyproject.toml as a dict, the data tomllib.load would give."""


def pyproject_toml():
    return {
        "build-system": {"requires": ["hatchling"], "build-backend": "hatchling.build"},
        "project": {
            "name": "greet",
            "version": "1.0.0",
            "dependencies": ["rich>=13"],
            "optional-dependencies": {"dev": ["pytest>=8"]},
            "scripts": {"greet": "greet.cli:main"},
        },
    }
