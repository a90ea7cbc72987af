# Behavioural checks for lesson 07, Practice: a `Version` value class built as
# Version(1, 4, 2), equal by value, with a readable repr and a read-only
# `label` property.  Three versions are built (two equal, one not) and the
# checks look at ==, repr() and the `label` attribute.  "Explains what
# `@dataclass` generates and what `==` compares" is judged on the docstring
# and comments by the free-text rules, not here.  The numbers are drawn at
# random for each check.  Runs in the judge: the probe builds and compares
# the versions in the answer's process and reports plain data.  See
# docs/harness.md.
import inspect
import re

VALUE = "eq-and-repr"
LABEL = "read-only-label"
OWNS = [VALUE, LABEL]

DATACLASS = "`@dataclass` above `class Version:` with `major: int`, `minor: int`, `patch: int`"
PROPERTY = "@property above `def label(self):` returning f\"{self.major}.{self.minor}.{self.patch}\""


def class_line(h, name):
    match = re.search(r"^[ \t]*class[ \t]+%s\b[^{\n]*:" % name, h.source, re.M)
    return h.source.count("\n", 0, match.start()) + 1 if match else None


def defined_line(a, cls, name):
    """The line of NAME when the answer wrote it (not one @dataclass generated)."""
    code = getattr(vars(cls).get(name), "__code__", None)
    if code is not None and code.co_filename == a.answer_name:
        return code.co_firstlineno
    return None


def line_of(obj):
    code = getattr(obj, "__code__", None)
    return code.co_firstlineno if code else None


def observe_label(cls, version):
    static = inspect.getattr_static(cls, "label", None)
    if isinstance(static, property):
        try:
            value = version.label
        except Exception as exc:  # reported as what reading it raised
            value = {"raised": "%s: %s" % (type(exc).__name__, str(exc)[:100])}
        return {"kind": "property", "line": line_of(static.fget), "value": value,
                "setter": None if static.fset is None else line_of(static.fset) or 0}
    if callable(static):
        return {"kind": "method", "line": line_of(static)}
    if "label" in getattr(version, "__dict__", {}) or static is not None:
        return {"kind": "stored"}
    for name in ("get_label", "getLabel"):
        getter = inspect.getattr_static(cls, name, None)
        if getter is not None:
            return {"kind": "getter", "name": name, "line": line_of(getter)}
    return {"kind": "none"}


def bare_label(a, cls, fields):
    """`label` observed on a Version made without calling the class (its
    fields set one by one): the property is judged even when the class has
    no __init__ taking the numbers.  None when even that fails."""
    try:
        version = a.call(lambda: cls.__new__(cls))
        for name, value in zip(("major", "minor", "patch"), fields):
            a.call(object.__setattr__, version, name, value)
    except a.AnswerError:
        return None
    return observe_label(cls, version)


def observe(a, first, other):
    """building Version objects"""
    cls = a.module.__dict__.get("Version")
    if not inspect.isclass(cls):
        return {"class": False}
    try:
        inspect.signature(cls).bind(*first)
    except (TypeError, ValueError):
        return {"class": True, "builds": False, "label": bare_label(a, cls, first)}
    x, y = a.call(cls, *first), a.call(cls, *first)
    same = a.call(lambda: x == y)
    different = None
    for fields in other:	# one version per field, differing in that field only
        z = a.call(cls, *fields)
        different = a.call(lambda: x == z)
        if different is not False:
            break
    text = a.call(repr, x)
    return {"class": True, "builds": True,
            "same": same if type(same) is bool else repr(same)[:60],
            "different": different if type(different) is bool else repr(different)[:60],
            "own_eq": cls.__eq__ is not object.__eq__,
            "own_repr": cls.__repr__ is not object.__repr__,
            "own_str": cls.__str__ is not object.__str__,
            "eq_line": defined_line(a, cls, "__eq__"),
            "repr_line": defined_line(a, cls, "__repr__"),
            "repr": text if type(text) is str else "?",
            "label": observe_label(cls, x)}


def random_versions(h):
    """A version, and three that each differ from it in one field, drawn at
    random."""
    first = [h.random_int(0, 30), h.random_int(0, 30), h.random_int(0, 30)]
    others = []
    for which in range(3):
        other = list(first)
        other[which] += h.random_int(1, 9)
        others.append(other)
    return first, others


def check_value(h, seen, first, other, line):
    shown = "Version(%d, %d, %d)" % tuple(first)
    where = seen.get("eq_line") or line
    if seen.get("same") is not True:
        if not seen.get("own_eq"):
            why = ("without __eq__, == asks whether both are the same object, as JavaScript's "
                   "=== does for objects. Let %s write __eq__" % DATACLASS)
        else:
            why = ("your __eq__ must compare the fields: `return (self.major, self.minor, "
                   "self.patch) == (other.major, other.minor, other.patch)`, or let "
                   "`@dataclass` write it")
        h.check(VALUE, False, "%s == %s is %s: %s" % (shown, shown, seen.get("same"), why),
                where)
    elif seen.get("different") is not False:
        h.check(VALUE, False, "%s == a version differing in one field is %s: __eq__ must "
                "compare every field, as the one @dataclass writes does"
                % (shown, seen.get("different")), where)
    else:
        h.check(VALUE, True, "two %s are equal, one differing in a field is not" % shown, where)

    text = seen.get("repr") if type(seen.get("repr")) is str else "?"
    h.note("repr", text)
    rest = iter(re.findall(r"\d+", text))
    if not seen.get("own_repr"):
        where = (" (`__str__` only changes print(); the REPL, debuggers and lists use "
                 "`__repr__`)" if seen.get("own_str") else "")
        h.check(VALUE, False, "repr(version) is %s%s; %s writes a __repr__ like "
                "Version(major=1, minor=4, patch=2)" % (text, where, DATACLASS), line)
    elif not all(any(str(n) == d for d in rest) for n in first):
        h.check(VALUE, False, "repr(%s) is %s: show the numbers, e.g. "
                "Version(major=1, minor=4, patch=2)" % (shown, text), seen.get("repr_line") or line)
    else:
        h.check(VALUE, True, "repr shows %s" % text, seen.get("repr_line") or line)


def check_label(h, label, first, line):
    kind = label.get("kind") if type(label) is dict else None
    where = label.get("line") if type(label) is dict and type(label.get("line")) is int else line
    expected = "%d.%d.%d" % tuple(first)
    if kind == "property":
        value = label.get("value")
        if type(value) is not str or value != expected:
            h.check(LABEL, False, "Version(%d, %d, %d).label is %r; join the numbers with dots: "
                    "f\"{self.major}.{self.minor}.{self.patch}\"" % (tuple(first) + (value,)),
                    where)
        elif label.get("setter") is not None:
            h.check(LABEL, False, "`label` has a setter, but it is derived from the numbers; "
                    "drop the setter so it stays read-only", label.get("setter") or where)
        else:
            h.check(LABEL, True, "version.label is %r and read-only" % expected, where)
    elif kind == "method":
        h.check(LABEL, False, "`label` is a method, so callers must write version.label(); "
                "put " + PROPERTY, where)
    elif kind == "stored":
        h.check(LABEL, False, "`label` is stored on the object, so it goes stale when a number "
                "changes and anyone can overwrite it; compute it: " + PROPERTY, line)
    elif kind == "getter":
        h.check(LABEL, False, "`%s()` is a getter; Python writes %s" % (label.get("name"), PROPERTY),
                where)
    else:
        h.check(LABEL, False, "Version has no `label`; add " + PROPERTY, line)


def grade(h):
    h.load()
    line = class_line(h, "Version")
    first, other = random_versions(h)
    seen = h.probe(observe, first, other)
    seen = seen if type(seen) is dict else {}
    if seen.get("class") is not True:
        for criterion in (VALUE, LABEL):
            h.check(criterion, False, "define `class Version:` under `@dataclass`", line)
        return
    if seen.get("builds") is not True:
        message = "`Version(1, 4, 2)` cannot be called: declare the fields, " + DATACLASS
        h.check(VALUE, False, message, line)
        if type(seen.get("label")) is dict:	# judged on a Version whose fields were set
            check_label(h, seen.get("label"), first, line)
        else:
            h.check(LABEL, False, message, line)
        return
    check_value(h, seen, first, other, line)
    check_label(h, seen.get("label"), first, line)
