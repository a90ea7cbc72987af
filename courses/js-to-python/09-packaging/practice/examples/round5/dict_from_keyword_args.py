def pyproject_toml():
    scripts = dict(greet="greet.cli:main")
    project = dict(
        name="greet",
        version="1.0.0",
        dependencies=["rich>=13"],
        scripts=scripts,
    )
    project["optional-dependencies"] = dict(dev=["pytest"])
    return {"project": project}
