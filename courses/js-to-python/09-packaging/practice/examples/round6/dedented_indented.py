import textwrap


def pyproject_toml():
    return textwrap.dedent(
        """
        [project]
        name = "greet"
        version = "1.0.0"
        dependencies = ["rich >= 13"]

        [project.optional-dependencies]
        dev = ["pytest"]

        [project.scripts]
        greet = "greet.cli:main"
        """
    )
