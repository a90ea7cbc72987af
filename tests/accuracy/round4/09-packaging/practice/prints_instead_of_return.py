def pyproject_toml():
    print("""
[project]
name = "greet"
version = "1.0.0"
dependencies = ["rich>=13"]

[project.optional-dependencies]
dev = ["pytest"]

[project.scripts]
greet = "greet.cli:main"
""")


if __name__ == "__main__":
    pyproject_toml()
