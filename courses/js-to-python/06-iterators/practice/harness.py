# Behavioural checks for lesson 06, Practice: `def iter_files(tree)` yielding
# the path of every file of a nested dict (a dict value is a sub-folder, None
# is a file).  The tree's folders are dicts that record when their contents
# are read, so laziness is judged by what had been read when the caller took
# the first path, never by time.  "Says when a list is the better return
# value" is judged on the docstring and comments by the free-text rules, not
# here.  The folder and file names are drawn at random for each check (the
# shape stays: two top folders with a sub-folder each, a top-level file).
# A yielded value that is no file's path (a folder, a path joined wrongly)
# fails "Yields each path"; files the walk never reached fail the walk.
# Runs in the judge: the probe builds the tree and walks the answer's
# result in the answer's process and reports plain data.  See
# docs/harness.md for the harness API.
WALK = "yield-from"
LAZY = "lazy-paths"
OWNS = [WALK, LAZY]

NAME = "iter_files"
CAMEL = "iterFiles"
FOLDERS = ["docs", "src", "tests", "assets", "notes", "lib", "config", "scripts", "guide", "api"]
STEMS = ["intro", "setup", "app", "db", "cache", "index", "main", "util", "readme", "todo"]
EXTS = [".md", ".py", ".txt", ".json"]
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


def draw(h, pool, count):
    picked = []
    while len(picked) < count:
        item = h.random_choice(pool)
        if item not in picked:
            picked.append(item)
    return picked


def random_tree(h):
    """(tree as plain nested dicts, None for a file; the paths in walk order;
    the label of the second top folder)."""
    top, sub = draw(h, FOLDERS, 2), draw(h, FOLDERS, 3)
    files = ["%s%s" % (stem, h.random_choice(EXTS)) for stem in draw(h, STEMS, 6)]
    # Every tree has an empty folder: it holds no file, so no path (a test
    # of the value's truthiness would take it for a file).
    tree = {top[0]: {files[0]: None, sub[0]: {files[1]: None}, sub[2]: {}},
            top[1]: {files[2]: None, sub[1]: {files[3]: None, files[4]: None}},
            files[5].upper(): None}
    expected = []

    def walk(node, prefix):
        for name, value in node.items():
            if value is None:
                expected.append(prefix + name)
            else:
                walk(value, prefix + name + "/")
    walk(tree, "")
    return tree, expected, top[1]


def make_tree(visited, plain, label="/"):
    entries = {}
    for name, value in plain.items():
        path = name if label == "/" else label + "/" + name
        entries[name] = None if value is None else make_tree(visited, value, path)
    return Folder(label, visited, entries)


def is_iterator(value):
    return hasattr(value, "__next__") and iter(value) is value


def plain_path(value):
    """A yielded value as plain data: a string, a tuple or list of strings
    (a path's parts, checked in the judge), or else its repr."""
    if type(value) is str:
        return value
    if type(value) in (tuple, list) and all(type(part) is str for part in value):
        return type(value)(str(part) for part in value)
    return repr(value)


def walk_answer(a, found, plain):
    """iterating iter_files(tree)"""
    visited = []
    result = a.call(a.module.__dict__[found], make_tree(visited, plain))
    if result is None:
        return {"kind": "None"}
    if is_iterator(result):
        first = next(result, None)
        seen_at_first = list(visited)
        paths = ([] if first is None else [first]) + list(result)
        kind = "iterator"
    else:
        seen_at_first = list(visited)
        paths = list(result)
        kind = type(result).__name__
    return {"kind": kind, "paths": [plain_path(p) for p in paths],
            "seen_at_first": seen_at_first}


def walk_after_early_stop(a, found, plain):
    """iterating iter_files(tree) again after a caller stopped early"""
    fn = a.module.__dict__[found]
    first = a.call(fn, make_tree([], plain))
    if is_iterator(first):
        next(first, None)	# the caller took one path and stopped; it keeps the generator
    again = a.call(fn, make_tree([], plain))
    paths = list(again) if again is not None else []
    del first
    return [plain_path(p) for p in paths]


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

    tree, EXPECTED, second = random_tree(h)
    seen = h.probe(walk_answer, found, tree)
    kind = seen.get("kind") if type(seen) is dict else None
    if kind == "None" or type(kind) is not str:
        for criterion in (WALK, LAZY):
            h.check(criterion, False, "iter_files returns None; %s" % YIELD_FROM, line)
        return
    lazy = kind == "iterator"
    if lazy:
        h.check(LAZY, True, "returns a generator", line)
    else:
        h.check(LAZY, False, "iter_files returns a finished %s, built before the caller "
                "gets the first path; make it a generator: %s" % (kind, YIELD_FROM), line)
    seen_at_first = seen.get("seen_at_first")
    seen_at_first = seen_at_first if type(seen_at_first) is list else []
    paths = seen.get("paths") if type(seen.get("paths")) is list else []
    h.note("read_before_first_path", seen_at_first)
    if sorted(paths, key=repr) != sorted(EXPECTED, key=repr):
        check_wrong_paths(h, paths, EXPECTED, line)
    else:
        h.check(WALK, True, "yields all %d paths, nested folders included" % len(EXPECTED), line)
        if lazy:
            check_early_stop(h, found, tree, EXPECTED, line)
    if second in seen_at_first and lazy:
        h.check(LAZY, False, "the whole tree was read before the caller got the first path "
                "(the paths were collected first); yield each one as you reach it: "
                + YIELD_FROM, line)
    elif lazy:
        h.check(LAZY, True, "only %s had been read when the first path came out"
                % ", ".join(map(str, seen_at_first)), line)


def stands_for(value, path):
    """Whether the yielded VALUE shows the walk reached PATH's file: a string
    ending with its name (joined wrongly), or the path's parts as a tuple or
    list (`("src", "lib", "db.py")`, not joined at all)."""
    if type(value) is str:
        return value.endswith(path.rsplit("/", 1)[-1])
    return (type(value) in (tuple, list) and all(type(part) is str for part in value)
            and "/".join(value) == path)


def check_wrong_paths(h, paths, expected, line):
    """Something yielded that is no file's path (a folder, an empty folder
    taken for a file, a path joined without "/" or with a leading one) fails
    "Yields each path"; files the walk never reached (a sub-folder not
    recursed into) fail the walk.  A path joined wrongly still ends with its
    file's name ("srclibdb.py", "/src/lib/db.py"): when every missing file
    has such a stand-in, only the yielded values are wrong.  Paths that name
    no file of the drawn tree (written out, not walked) fail the walk too."""
    missing = [p for p in expected if p not in paths]
    extra = [p for p in paths if p not in expected]
    unreached = [p for p in missing if not any(stands_for(e, p) for e in extra)]
    if extra:
        h.check(LAZY, False, "iter_files yielded %s, %s; yield the path of each file only, "
                "joined with \"/\" from the top folder (\"src/lib/db.py\"): %s"
                % (", ".join(map(str, extra[:3])),
                   "not a file's path" if len(extra) == 1 else "not files' paths",
                   YIELD_FROM), line)
    if len(missing) > len(extra) or unreached:
        h.check(WALK, False, "the walk never reached %s; every file at every depth: %s"
                % (", ".join((unreached or missing)[:3]), YIELD_FROM), line)
    elif not extra:
        h.check(WALK, False, "some paths came out more than once; each file once: %s"
                % YIELD_FROM, line)
    else:
        h.check(WALK, True, "reaches every file, nested folders included", line)


def check_early_stop(h, found, tree, expected, line):
    """A caller may stop after the first path (the reason to yield): the next
    walk must not see what the stopped one left behind (a shared default
    list of path parts, say)."""
    paths = h.probe(walk_after_early_stop, found, tree)
    if type(paths) is list and sorted(paths, key=repr) != sorted(expected, key=repr):
        h.check(LAZY, False, "after a caller stopped at the first path, the next walk yielded "
                "%s: the stopped generator left its state behind (a default list is one "
                "object shared by every call); build the path from arguments instead: %s"
                % (", ".join(map(str, paths[:2])), YIELD_FROM), line)
