def pyproject_toml():
    return {
        "name": "greet",
        "version": "1.0.0",
        "bin": {"greet": "greet.cli:main"},
        "dependencies": ["rich>=13"],
        "devDependencies": ["pytest"],
    }
