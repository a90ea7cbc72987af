def pyproject_toml():
    return {
        "build-system": {
            "requires": ["flit_core>=3.4"],
            "build-backend": "flit_core.buildapi",
        },
        "project": {
            "name": "greet",
            "version": "1.0.0",
            "dependencies": ["rich>=13"],
            "optional-dependencies": {"test": ["pytest"]},
            "scripts": {"greet": "greet.cli:main"},
        },
    }
