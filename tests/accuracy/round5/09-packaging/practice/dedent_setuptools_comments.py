import textwrap


def pyproject_toml():
    # pyproject.toml is Python's package.json (but not a task runner!)
    return textwrap.dedent(
        """
        [build-system]
        requires = ["setuptools>=61", "wheel"]
        build-backend = "setuptools.build_meta"

        # the [project] table is the PEP 621 metadata
        [project]
        name = "greet"
        version = "1.0.0"
        # ranges here, exact pins go in the lock file
        dependencies = ["rich >= 13.0"]

        [project.optional-dependencies]
        # like devDependencies
        dev = ["pytest"]

        # like "bin" in package.json, but module:function
        [project.scripts]
        greet = "greet.cli:main"

        [tool.setuptools.packages.find]
        where = ["src"]
        """
    )
