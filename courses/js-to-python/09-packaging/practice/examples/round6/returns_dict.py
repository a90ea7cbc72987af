def pyproject_toml():
    return {
        "build-system": {
            "requires": ["setuptools>=68"],
            "build-backend": "setuptools.build_meta",
        },
        "project": {
            "name": "greet",
            "version": "1.0.0",
            "dependencies": ["rich>=13"],
            "optional-dependencies": {"dev": ["pytest"]},
            "scripts": {"greet": "greet.cli:main"},
        },
    }
