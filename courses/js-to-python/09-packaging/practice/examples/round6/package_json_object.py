const pyproject = {
  project: {
    name: "greet",
    version: "1.0.0",
    dependencies: ["rich>=13"],
    scripts: { greet: "greet.cli:main" },
  },
};

def pyproject_toml():
    return pyproject
