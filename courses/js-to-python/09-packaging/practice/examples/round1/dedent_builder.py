import textwrap


def pyproject_toml():
    return textwrap.dedent(
        """
        [build-system]
        requires = ["flit_core>=3.9"]
        build-backend = "flit_core.buildapi"

        [project]
        name = "greet"
        version = "1.0.0"
        description = "Say hello"
        dependencies = ["rich>=13.0"]

        [project.optional-dependencies]
        dev = ["pytest"]

        [project.scripts]
        greet = "greet.cli:main"
        """
    )


if __name__ == "__main__":
    print(pyproject_toml())
