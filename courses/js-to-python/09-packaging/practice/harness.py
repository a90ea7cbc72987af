# Behavioural checks for lesson 09, Practice: `pyproject_toml()` returns the
# text of a pyproject.toml (read here with tomllib, as build tools do) or the
# same data as a dict.  The checks read the [project] table: name, version,
# dependencies as PEP 508 strings, the [project.scripts] entry, and where
# pytest went.  Each message points at the line of the answer that holds the
# offending text when there is one.  See docs/harness.md for the harness API.
import re
import tomllib

PROJECT = "project-table"
SCRIPTS = "scripts-entry"
DEV = "no-dev-pins"
OWNS = [PROJECT, SCRIPTS, DEV]	# the criteria this harness judges (the judge model)

NAME = "pyproject_toml"
DEV_TOOLS = ("pytest", "black", "ruff", "mypy", "flake8", "coverage", "pylint", "tox")
ENTRY = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*$")
REQ_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def line_with(h, text, default):
    """The first line of the answer holding TEXT (a key: `key =` or `"key"`)."""
    needles = [text]
    if re.fullmatch(r"[\w-]+", text or ""):
        needles = [text + " =", text + "=", '"%s"' % text]
    for number, line in enumerate(h.source.splitlines(), 1):
        if text and any(n in line for n in needles):
            return number
    return default


DEV_TABLE = re.compile(r"dev|test", re.I)


def req_name(requirement):
    match = REQ_NAME.match(requirement)
    return match.group(1).lower().replace("_", "-") if match else ""


def read_data(h, result, line):
    if isinstance(result, dict):
        return result
    if isinstance(result, str):
        try:
            return tomllib.loads(result)
        except tomllib.TOMLDecodeError as err:
            for criterion in (PROJECT, SCRIPTS, DEV):
                h.check(criterion, False, "tomllib cannot read the text: %s. TOML writes "
                        "`key = \"value\"` and lists as `[\"rich>=13\"]`" % err, line)
            return None
    for criterion in (PROJECT, SCRIPTS, DEV):
        h.check(criterion, False, "pyproject_toml() returned %s; return the TOML text as a "
                "string (or a dict of the same data)" % type(result).__name__, line)
    return None


def check_project(h, data, project, line):
    if not isinstance(project, dict):
        where = "; name and version sit at the top, as in package.json" if "name" in data else ""
        h.check(PROJECT, False, "there is no [project] table%s. PEP 621 puts them under "
                "`[project]`: name = \"greet\", version = \"1.0.0\", dependencies = "
                "[\"rich>=13\"]" % where, line_with(h, "name", line))
        return
    ok = True
    for key, expected in (("name", "greet"), ("version", "1.0.0")):
        if project.get(key) != expected:
            ok = False
            h.check(PROJECT, False, "[project] %s is %r; write %s = \"%s\""
                    % (key, project.get(key), key, expected), line_with(h, key, line))
    deps = project.get("dependencies")
    if isinstance(deps, dict):
        h.check(PROJECT, False, "dependencies is a table, as in package.json; PEP 621 wants a "
                "list of requirement strings: dependencies = [\"rich>=13\"]",
                line_with(h, "dependencies", line))
        return
    if not isinstance(deps, list) or not all(isinstance(d, str) for d in deps):
        h.check(PROJECT, False, "[project] has no dependencies list; write dependencies = "
                "[\"rich>=13\"]", line_with(h, "dependencies", line))
        return
    rich = [d for d in deps if req_name(d) == "rich"]
    if not rich:
        ok = False
        h.check(PROJECT, False, "rich is not among the dependencies; add \"rich>=13\"",
                line_with(h, "dependencies", line))
    for dep in rich:
        if re.search(r"[\^]|(?<![~=!<>])~(?!=)", dep):
            ok = False
            h.check(PROJECT, False, "%r is npm's range syntax; Python writes \"rich>=13\" "
                    "(or \"rich~=13.0\")" % dep, line_with(h, dep, line))
    if ok:
        h.check(PROJECT, True, "[project] declares greet 1.0.0 and its dependencies",
                line_with(h, "[project]", line))


def check_scripts(h, data, project, line):
    project = project if isinstance(project, dict) else {}
    scripts = project.get("scripts")
    if not isinstance(scripts, dict):
        if "bin" in project or "bin" in data:
            message = "`bin` is package.json's key; Python names commands under [project.scripts]"
            at = line_with(h, "bin", line)
        elif "scripts" in data:
            message = ("a top-level [scripts] table is npm's task runner; commands go in "
                       "[project.scripts]")
            at = line_with(h, "[scripts]", line)
        else:
            message = "there is no [project.scripts] table"
            at = line
        h.check(SCRIPTS, False, message + ": greet = \"greet.cli:main\"", at)
        return
    value = scripts.get("greet")
    at = line_with(h, str(value), line)
    if not isinstance(value, str):
        h.check(SCRIPTS, False, "[project.scripts] has no `greet` entry; write greet = "
                "\"greet.cli:main\"", line_with(h, "[project.scripts]", line))
    elif "/" in value or value.endswith(".py"):
        h.check(SCRIPTS, False, "%r is a file path, as npm's bin takes; an entry point "
                "names module:function: greet = \"greet.cli:main\"" % value, at)
    elif value.startswith("src."):
        h.check(SCRIPTS, False, "%r imports through src/, but src/ is not part of the "
                "package name in the src layout: greet = \"greet.cli:main\"" % value, at)
    elif not ENTRY.match(value):
        h.check(SCRIPTS, False, "%r is not module:function; the generated script imports "
                "the module and calls the function: greet = \"greet.cli:main\"" % value, at)
    elif value != "greet.cli:main":
        h.check(SCRIPTS, False, "%r does not name main in greet/cli.py; write greet = "
                "\"greet.cli:main\"" % value, at)
    else:
        h.check(SCRIPTS, True, "greet = \"greet.cli:main\"", at)
    for name, other in scripts.items():	# every entry is a command pip installs
        if name != "greet" and not (isinstance(other, str)
                                    and ENTRY.match(re.sub(r"\s*\[[^\]]*\]$", "", other))):
            h.check(SCRIPTS, False, "%s = %r is not module:function: [project.scripts] "
                    "only names functions to install as commands (a task such as npm's "
                    "`\"test\": \"jest\"` is run by hand or by a tool, not declared here)"
                    % (name, other), line_with(h, str(other), line))


def dev_places(data, project):
    optional = project.get("optional-dependencies")
    groups = data.get("dependency-groups")
    for table in (optional, groups):
        if isinstance(table, dict):
            for reqs in table.values():
                if isinstance(reqs, list):
                    yield from (r for r in reqs if isinstance(r, str))


def check_dev(h, data, project, line):
    project = project if isinstance(project, dict) else {}
    deps = project.get("dependencies")
    deps = [d for d in deps if isinstance(d, str)] if isinstance(deps, list) else []
    ok = True
    for dep in deps:
        if req_name(dep) in DEV_TOOLS:
            ok = False
            h.check(DEV, False, "%r is a development tool, but every user of greet would "
                    "install it; move it to [project.optional-dependencies] dev = [...] or "
                    "[dependency-groups]" % dep, line_with(h, dep, line))
        elif "==" in dep:
            ok = False
            h.check(DEV, False, "%r pins an exact version; pyproject.toml states the range "
                    "greet works with (\"rich>=13\") and the lock file records exact "
                    "versions" % dep, line_with(h, dep, line))
    where = "sits in a dev group"
    # A tool's own dev table ([tool.poetry.group.dev.dependencies],
    # [tool.uv] or [tool.pdm] dev-dependencies) keeps pytest out of
    # dependencies where that tool installs it, which is what the criterion
    # asks; a key PEP 621 does not define inside [project] makes build tools
    # reject the file, and a top-level devDependencies table is read by nothing.
    if not any(req_name(r) == "pytest" for r in dev_places(data, project)):
        if not mentions_pytest(data.get("tool")):
            ok = False
            if "devDependencies" in data:
                h.check(DEV, False, "devDependencies is package.json's key, and no Python "
                        "tool reads it; put pytest in [project.optional-dependencies] (dev = "
                        "[\"pytest>=8\"]) or a [dependency-groups] dev list (PEP 735)",
                        line_with(h, "devDependencies", line))
            elif any(DEV_TABLE.search(str(k)) for k in project):
                h.check(DEV, False, "[project] has no such key as %s (build tools reject "
                        "the file); put pytest in [project.optional-dependencies] (dev = "
                        "[\"pytest>=8\"]) or a [dependency-groups] dev list (PEP 735)"
                        % [k for k in project if DEV_TABLE.search(str(k))][0],
                        line_with(h, "dev", line))
            else:
                h.check(DEV, False, "pytest is not in a development group; add "
                        "[project.optional-dependencies] with dev = [\"pytest>=8\"] (or "
                        "[dependency-groups], PEP 735)", line)
        where = ("stays out of them, in the tool's own dev table; the standard place is "
                 "[project.optional-dependencies] dev = [\"pytest>=8\"] or [dependency-groups]")
    if ok:
        h.check(DEV, True, "dependencies hold runtime ranges; pytest " + where,
                line_with(h, '"pytest', line))


def mentions_pytest(value, dev=False):
    """Whether pytest is named (a requirement string or a table key) in VALUE
    under a table whose name says development (dev, test: Poetry's
    group.dev, package.json's devDependencies)."""
    if isinstance(value, str):
        return dev and req_name(value) == "pytest"
    if isinstance(value, dict):
        return any((dev and str(k).lower() == "pytest")
                   or mentions_pytest(v, dev or bool(DEV_TABLE.search(str(k))))
                   for k, v in value.items())
    if isinstance(value, list):
        return any(mentions_pytest(v, dev) for v in value)
    return False


def grade(h):
    module = h.load()
    fn, found = h.find_function(module, NAME, "pyprojectToml", "pyproject")
    if fn is None:
        for criterion in (PROJECT, SCRIPTS, DEV):
            h.check(criterion, False, "define `def pyproject_toml():` returning the TOML text")
        return
    line = h.line_of(fn)
    data = read_data(h, h.call(fn), line)
    if data is None:
        return
    project = data.get("project")
    check_project(h, data, project, line)
    check_scripts(h, data, project, line)
    check_dev(h, data, project, line)
