def pyproject_toml():
    # Organised as the packaging guide recommends: metadata first, then extras.
    lines = [
        "[project]",
        'name = "greet"',
        'version = "1.0.0"',
        'dependencies = ["rich>=13"]',
        "",
        "[project.optional-dependencies]",
        'dev = ["pytest"]  # behaviour checks only, never installed for users',
        "",
        "[project.scripts]",
        'greet = "greet.cli:main"',
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(pyproject_toml())
