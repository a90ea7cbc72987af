def pyproject_toml():
    return """rich>=13
pytest==8.0.0
"""
