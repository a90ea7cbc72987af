"""pyproject.toml for greet (setuptools, src layout)."""
import textwrap


def pyproject_toml():
    return textwrap.dedent(
        """
        [build-system]
        requires = ["setuptools>=64"]
        build-backend = "setuptools.build_meta"

        [project]
        name = "greet"
        version = "1.0.0"
        dependencies = ["rich>=13.0"]

        [project.optional-dependencies]
        dev = ["pytest>=7"]

        [project.scripts]
        greet = "greet.cli:main"

        [tool.setuptools.packages.find]
        where = ["src"]
        """
    )
