import textwrap

NAME = "greet"
VERSION = "1.0.0"


def pyproject_toml() -> str:
    return textwrap.dedent(
        f"""\
        [build-system]
        requires = ["flit_core>=3.4"]
        build-backend = "flit_core.buildapi"

        [project]
        name = "{NAME}"
        version = "{VERSION}"
        dependencies = ["rich>=13"]

        [project.optional-dependencies]
        dev = ["pytest"]

        [project.scripts]
        {NAME} = "{NAME}.cli:main"
        """
    )


if __name__ == "__main__":
    print(pyproject_toml())
