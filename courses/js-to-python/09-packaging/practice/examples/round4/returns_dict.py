def pyproject_toml():
    """Same data tomllib would give back, as a dict."""
    return {
        "build-system": {
            "requires": ["hatchling"],
            "build-backend": "hatchling.build",
        },
        "project": {
            "name": "greet",
            "version": "1.0.0",
            "dependencies": ["rich>=13"],
            "optional-dependencies": {"dev": ["pytest"]},
            "scripts": {"greet": "greet.cli:main"},
        },
    }


if __name__ == "__main__":
    import pprint

    pprint.pprint(pyproject_toml())
