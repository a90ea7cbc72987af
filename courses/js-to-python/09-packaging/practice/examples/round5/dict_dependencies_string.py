def pyproject_toml():
    project = {}
    project["name"] = "greet"
    project["version"] = "1.0.0"
    project["dependencies"] = "rich>=13"
    project["optional-dependencies"] = {"dev": ["pytest"]}
    project["scripts"] = {"greet": "greet.cli:main"}
    return {"project": project}
