def pyproject_toml():
    return {
        "build-system": {
            "requires": ["hatchling"],
            "build-backend": "hatchling.build",
        },
        "project": {
            "name": "greet",
            "version": "1.0.0",
            "dependencies": ["rich>=13"],
            "optional-dependencies": {"dev": ["pytest>=7"]},
            "scripts": {"greet": "greet.cli:main"},
        },
    }


if __name__ == "__main__":
    print(pyproject_toml())
