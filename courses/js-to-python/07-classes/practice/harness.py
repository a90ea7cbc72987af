# Behavioural checks for lesson 07, Practice: a `Version` value class built as
# Version(1, 4, 2), equal by value, with a readable repr and a read-only
# `label` property.  Three versions are built (two equal, one not) and the
# checks look at ==, repr() and the `label` attribute.  "Explains what
# `@dataclass` generates and what `==` compares" is judged on the docstring
# and comments by the free-text rules, not here.  See docs/harness.md.
import inspect
import re

VALUE = "eq-and-repr"
LABEL = "read-only-label"

DATACLASS = "`@dataclass` above `class Version:` with `major: int`, `minor: int`, `patch: int`"
PROPERTY = "@property above `def label(self):` returning f\"{self.major}.{self.minor}.{self.patch}\""


def class_line(h, name):
    match = re.search(r"^[ \t]*class[ \t]+%s\b[^{\n]*:" % name, h.source, re.M)
    return h.source.count("\n", 0, match.start()) + 1 if match else None


def defined_line(h, cls, name, line):
    """The line of NAME when the answer wrote it (not one @dataclass generated)."""
    code = getattr(vars(cls).get(name), "__code__", None)
    if code is not None and code.co_filename == h.answer_name:
        return code.co_firstlineno
    return line


def check_value(h, cls, a, b, c, line):
    same = h.call(lambda: a == b)
    if same is not True:
        if cls.__eq__ is object.__eq__:
            why = ("without __eq__, == asks whether both are the same object, as JavaScript's "
                   "=== does for objects. Let %s write __eq__" % DATACLASS)
        else:
            why = ("your __eq__ must compare the fields: `return (self.major, self.minor, "
                   "self.patch) == (other.major, other.minor, other.patch)`, or let "
                   "`@dataclass` write it")
        h.check(VALUE, False, "Version(1, 4, 2) == Version(1, 4, 2) is %r: %s" % (same, why),
                defined_line(h, cls, "__eq__", line))
    elif h.call(lambda: a == c) is not False:
        h.check(VALUE, False, "Version(1, 4, 2) == Version(1, 5, 0) is true: __eq__ must compare "
                "every field, as the one @dataclass writes does",
                defined_line(h, cls, "__eq__", line))
    else:
        h.check(VALUE, True, "two Version(1, 4, 2) are equal, 1.5.0 is not",
                defined_line(h, cls, "__eq__", line))

    text = h.call(repr, a)
    h.note("repr", text)
    if cls.__repr__ is object.__repr__:
        where = (" (`__str__` only changes print(); the REPL, debuggers and lists use "
                 "`__repr__`)" if cls.__str__ is not object.__str__ else "")
        h.check(VALUE, False, "repr(version) is %s%s; %s writes a __repr__ like "
                "Version(major=1, minor=4, patch=2)" % (text, where, DATACLASS), line)
    elif not all(digit in text for digit in "142"):
        h.check(VALUE, False, "repr(Version(1, 4, 2)) is %s: show the numbers, e.g. "
                "Version(major=1, minor=4, patch=2)" % text, defined_line(h, cls, "__repr__", line))
    else:
        h.check(VALUE, True, "repr shows %s" % text, defined_line(h, cls, "__repr__", line))


def check_label(h, cls, version, line):
    static = inspect.getattr_static(cls, "label", None)
    if isinstance(static, property):
        fline = h.line_of(static.fget) or line
        value = h.call(lambda: version.label)
        if value != "1.4.2":
            h.check(LABEL, False, "Version(1, 4, 2).label is %r; join the numbers with dots: "
                    "f\"{self.major}.{self.minor}.{self.patch}\"" % (value,), fline)
        elif static.fset is not None:
            h.check(LABEL, False, "`label` has a setter, but it is derived from the numbers; "
                    "drop the setter so it stays read-only", h.line_of(static.fset) or fline)
        else:
            h.check(LABEL, True, "version.label is \"1.4.2\" and read-only", fline)
        return
    if callable(static):
        h.check(LABEL, False, "`label` is a method, so callers must write version.label(); "
                "put " + PROPERTY, h.line_of(static) or line)
        return
    if "label" in getattr(version, "__dict__", {}) or static is not None:
        h.check(LABEL, False, "`label` is stored on the object, so it goes stale when a number "
                "changes and anyone can overwrite it; compute it: " + PROPERTY, line)
        return
    for name in ("get_label", "getLabel"):
        getter = inspect.getattr_static(cls, name, None)
        if getter is not None:
            h.check(LABEL, False, "`%s()` is a getter; Python writes %s" % (name, PROPERTY),
                    h.line_of(getter) or line)
            return
    h.check(LABEL, False, "Version has no `label`; add " + PROPERTY, line)


def grade(h):
    module = h.load()
    cls = module.__dict__.get("Version")
    line = class_line(h, "Version")
    if not inspect.isclass(cls):
        for criterion in (VALUE, LABEL):
            h.check(criterion, False, "define `class Version:` under `@dataclass`", line)
        return
    try:
        inspect.signature(cls).bind(1, 4, 2)
    except (TypeError, ValueError):
        message = "`Version(1, 4, 2)` cannot be called: declare the fields, " + DATACLASS
        for criterion in (VALUE, LABEL):
            h.check(criterion, False, message, line)
        return
    a = h.call(cls, 1, 4, 2)
    b = h.call(cls, 1, 4, 2)
    c = h.call(cls, 1, 5, 0)
    check_value(h, cls, a, b, c, line)
    check_label(h, cls, a, line)
