# Behavioural checks for lesson 06, Practice: `def iter_files(tree)` yielding
# the path of every file of a nested dict (a dict value is a sub-folder, None
# is a file).  The tree's folders are dicts that record when their contents
# are read, so laziness is judged by what had been read when the caller took
# the first path, never by time.  "Says when a list is the better return
# value" is judged on the docstring and comments by the free-text rules, not
# here.  See docs/harness.md for the harness API.
import traceback

WALK = "yield-from"
LAZY = "lazy-paths"

NAME = "iter_files"
CAMEL = "iterFiles"
EXPECTED = ["docs/intro.md", "docs/guide/setup.md", "src/app.py", "src/lib/db.py",
            "src/lib/cache.py", "README.md"]
YIELD_FROM = ("`yield path` for a file and `yield from iter_files(value, path + \"/\")` "
              "for a sub-folder")


class Folder(dict):
    """A dict that notes in VISITED when its contents are read."""

    def __init__(self, label, visited, entries):
        super().__init__(entries)
        self._label = label
        self._visited = visited

    def _visit(self):
        if self._label not in self._visited:
            self._visited.append(self._label)

    def __iter__(self):
        self._visit()
        return super().__iter__()

    def items(self):
        self._visit()
        return super().items()

    def keys(self):
        self._visit()
        return super().keys()

    def values(self):
        self._visit()
        return super().values()


def make_tree(visited):
    def folder(label, entries):
        return Folder(label, visited, entries)
    return folder("/", {
        "docs": folder("docs", {
            "intro.md": None,
            "guide": folder("docs/guide", {"setup.md": None}),
        }),
        "src": folder("src", {
            "app.py": None,
            "lib": folder("src/lib", {"db.py": None, "cache.py": None}),
        }),
        "README.md": None,
    })


def answer_line(h, exc):
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == h.answer_name:
            line = lineno
    return line


def describe(exc):
    text = str(exc)
    return "%s: %s" % (type(exc).__name__, text) if text else type(exc).__name__


def is_iterator(value):
    return hasattr(value, "__next__") and iter(value) is value


def grade(h):
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        for criterion in (WALK, LAZY):
            h.check(criterion, False, "define `def %s(tree):`, a generator" % NAME)
        return
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(WALK, False, "Python names functions in snake_case: `%s`, not `%s`"
                % (NAME, CAMEL), line)

    visited = []
    tree = make_tree(visited)
    result = h.call(fn, tree)
    if result is None:
        for criterion in (WALK, LAZY):
            h.check(criterion, False, "iter_files returns None; %s" % YIELD_FROM, line)
        return
    try:
        if is_iterator(result):
            h.check(LAZY, True, "returns a generator", line)
            first = next(result, None)
            seen_at_first = list(visited)
            paths = ([] if first is None else [first]) + list(result)
        else:
            h.check(LAZY, False, "iter_files returns a finished %s, built before the caller "
                    "gets the first path; make it a generator: %s"
                    % (type(result).__name__, YIELD_FROM), line)
            seen_at_first = list(visited)
            paths = list(result)
    except Exception as exc:
        raise h.AnswerError("the answer raised %s" % describe(exc), answer_line(h, exc) or line,
                            "iterating iter_files(tree)")
    h.note("read_before_first_path", seen_at_first)
    paths = [str(p) for p in paths]
    if sorted(paths) != sorted(EXPECTED):
        missing = [p for p in EXPECTED if p not in paths]
        extra = [p for p in paths if p not in EXPECTED]
        detail = []
        if missing:
            detail.append("missing %s" % ", ".join(missing[:3]))
        if extra:
            detail.append("unexpected %s" % ", ".join(extra[:3]))
        h.check(WALK, False, "the paths are wrong (%s); every file at every depth, joined "
                "with \"/\": %s" % ("; ".join(detail), YIELD_FROM), line)
    else:
        h.check(WALK, True, "yields all %d paths, nested folders included" % len(EXPECTED), line)
    if "src" in seen_at_first and is_iterator(result):
        h.check(LAZY, False, "the whole tree was read before the caller got the first path "
                "(the paths were collected first); yield each one as you reach it: "
                + YIELD_FROM, line)
    elif is_iterator(result):
        h.check(LAZY, True, "only %s had been read when the first path came out"
                % ", ".join(seen_at_first), line)
