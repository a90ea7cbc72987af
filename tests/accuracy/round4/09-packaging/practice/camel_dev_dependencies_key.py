def pyproject_toml():
    packageJson = {
        "project": {
            "name": "greet",
            "version": "1.0.0",
            "dependencies": ["rich>=13"],
            "devDependencies": ["pytest"],
            "scripts": {"greet": "greet.cli:main"},
        }
    }
    return packageJson


if __name__ == "__main__":
    print(pyproject_toml())
