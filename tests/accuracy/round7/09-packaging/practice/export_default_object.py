export default {
  name: "greet",
  version: "1.0.0",
}


def pyproject_toml():
    return """
[project]
name = "greet"
"""
