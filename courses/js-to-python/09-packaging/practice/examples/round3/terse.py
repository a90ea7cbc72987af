def pyproject_toml():
    return '[project]\nname = "greet"\nversion = "1.0.0"\ndependencies = ["rich>=13"]\noptional-dependencies = {dev = ["pytest"]}\nscripts = {greet = "greet.cli:main"}\n'
