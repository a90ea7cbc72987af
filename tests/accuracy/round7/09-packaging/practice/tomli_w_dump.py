import tomli_w


def pyproject_toml():
    data = {
        "project": {
            "name": "greet",
            "version": "1.0.0",
            "dependencies": ["rich>=13"],
            "optional-dependencies": {"dev": ["pytest"]},
            "scripts": {"greet": "greet.cli:main"},
        }
    }
    return tomli_w.dumps(data)
