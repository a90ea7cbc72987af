import json


def pyproject_toml():
    return json.dumps({
        "name": "greet",
        "version": "1.0.0",
        "bin": {"greet": "./src/greet/cli.py"},
        "dependencies": {"rich": "^13.0.0"},
        "devDependencies": {"pytest": "^8.0.0"},
    }, indent=2)


if __name__ == "__main__":
    print(pyproject_toml())
