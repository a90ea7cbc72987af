def pyproject_toml():
    return """\
{
  "name": "greet",
  "version": "1.0.0",
  "bin": { "greet": "./cli.js" },
  "dependencies": { "rich": "^13.0.0" },
  "devDependencies": { "pytest": "^8.0.0" }
}
"""
