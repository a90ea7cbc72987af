def pyproject_toml():
    # same as requirements.txt
    return """rich>=13
pytest
"""
