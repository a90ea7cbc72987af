# Behavioural checks for lesson 07, Rewrite: a `Cart` class built as
# Cart(owner) with an items list, add_item(name, price) and a `total`.
# Two carts are built and filled through add_item; the checks look at what
# a Python developer would notice at run time: is it a dataclass, do the
# carts share one list, is `total` a property with the right value, are the
# names snake_case.  Owners, items and prices are drawn at random for each
# check.  Runs in the judge: the probe builds and fills the carts in the
# answer's process and reports plain data.  See docs/harness.md.
import dataclasses
import inspect
import re

DATA = "dataclass-items"
TOTAL = "total-property"
NAMES = "pythonic-names"
OWNS = [DATA, TOTAL, NAMES]

FIELDS = "items: list = field(default_factory=list)"
PROPERTY = "@property above `def total(self):`, read as `cart.total`"
OWNERS = ["Ada", "Grace", "Linus", "Guido", "Radia", "Ken", "Hedy", "Alan"]
GETTERS = ("get_total", "getTotal", "compute_total", "computeTotal", "calc_total", "calcTotal")
FOODS = ["tea", "cake", "bread", "jam", "milk", "rice", "soup", "figs"]


def class_line(h, name):
    match = re.search(r"^[ \t]*class[ \t]+%s\b[^{\n]*:" % name, h.source, re.M)
    return h.source.count("\n", 0, match.start()) + 1 if match else None


def method(cls, name, *aliases):
    for candidate in (name,) + aliases:
        value = inspect.getattr_static(cls, candidate, None)
        if value is not None:
            return value, candidate
    return None, None


def line_of(obj):
    code = getattr(obj, "__code__", None)
    return code.co_firstlineno if code else None


def observe_total(a, cls, cart):
    static, _ = method(cls, "total")
    if isinstance(static, property):
        seen = {"kind": "property", "line": line_of(static.fget)}
        getter, name = method(cls, *GETTERS)
        if getter is not None:
            # the property works, but the JavaScript getter is kept beside it
            seen["getter"], seen["getter_line"] = name, line_of(getter)
        try:
            seen["value"] = a.call(lambda: cart.total)
        except a.AnswerError as exc:
            # a total that raises is the total's fault, not the items'
            seen["error"] = str(exc).replace(" (calling <lambda>())", "")[:300]
        return seen
    if callable(static):
        return {"kind": "method", "line": line_of(static)}
    getter, name = method(cls, "get_total", "getTotal")
    if getter is not None:
        return {"kind": "getter", "name": name, "line": line_of(getter)}
    return {"kind": "none"}


def observe(a, owners, purchases):
    """building and filling Cart objects"""
    cls = a.module.__dict__.get("Cart")
    if not inspect.isclass(cls):
        return {"class": False}
    seen = {"class": True, "dataclass": dataclasses.is_dataclass(cls),
            "own_init": "__init__" in vars(cls)}
    try:
        inspect.signature(cls).bind(owners[0])
    except (TypeError, ValueError):
        seen["builds"] = False
        return seen
    seen["builds"] = True
    first = a.call(cls, owners[0])
    second = a.call(cls, owners[1])
    items = getattr(first, "items", None)
    seen["items_type"] = type(items).__name__
    seen["owner"] = getattr(first, "owner", None)
    add, found = method(cls, "add_item", "addItem", "add")
    if add is None or not callable(add):
        seen["add"] = None
        for name, price in purchases:
            if isinstance(items, list):
                items.append({"name": name, "price": price})
    else:
        seen["add"], seen["add_line"] = found, line_of(add)
        try:
            for name, price in purchases:
                a.call(getattr(first, found), name, price)
        except a.AnswerError as exc:
            # add_item's own failure is the methods' fault; the items and the
            # total are still judged, on items appended as add_item should.
            seen["add_error"] = str(exc)[:300]
            if isinstance(items, list):
                items[:] = [{"name": name, "price": price} for name, price in purchases]
    mine, theirs = getattr(first, "items", None), getattr(second, "items", None)
    seen["shared"] = mine is not None and mine is theirs
    seen["items_list"] = isinstance(mine, list)
    seen["items"] = repr(mine)[:300]
    seen["total"] = observe_total(a, cls, first)
    return seen


def random_purchases(h):
    """Three to five (food, price) pairs (more than the two of the lesson's
    example); prices in quarters, so sums are exact."""
    return [(h.random_choice(FOODS), h.random_int(1, 60) / 4)
            for _ in range(h.random_int(3, 5))]


def check_total(h, total, expected, line):
    kind = total.get("kind") if type(total) is dict else None
    where = total.get("line") if type(total) is dict and type(total.get("line")) is int else line
    if kind == "property" and type(total.get("error")) is str:
        h.check(TOTAL, False, "reading cart.total failed: %s; sum the prices: "
                "`return sum(item[\"price\"] for item in self.items)`" % total["error"], where)
    elif kind == "property":
        value = total.get("value")
        right = type(value) in (int, float) and abs(value - expected) < 1e-9
        h.check(TOTAL, right, "`total` is a property: cart.total == %r" % expected if right
                else "cart.total is %r after adding items costing %r in all; sum the prices: "
                "`return sum(item[\"price\"] for item in self.items)`" % (value, expected),
                where)
    elif kind == "method":
        h.check(TOTAL, False, "`total` is a method, so callers write cart.total(); put "
                + PROPERTY, where)
    elif kind == "getter":
        h.check(TOTAL, False, "`%s()` is a getter; Python writes %s" % (total.get("name"),
                                                                        PROPERTY), where)
    else:
        h.check(TOTAL, False, "Cart has no `total`; add %s" % PROPERTY, line)


def grade(h):
    h.load()
    line = class_line(h, "Cart")
    owners = [h.random_choice(OWNERS)]
    owners.append(h.random_choice([o for o in OWNERS if o != owners[0]]))
    purchases = random_purchases(h)
    seen = h.probe(observe, owners, purchases)
    seen = seen if type(seen) is dict else {}
    if seen.get("class") is not True:
        for criterion in (DATA, TOTAL, NAMES):
            h.check(criterion, False, "define `class Cart:` under `@dataclass`", line)
        return

    if seen.get("dataclass") is True:
        h.check(DATA, True, "Cart is a dataclass", line)
    else:
        what = "writes its own __init__" if seen.get("own_init") else "is a plain class"
        h.check(DATA, False, "Cart %s; declare the fields instead: `@dataclass` above "
                "`class Cart:`, then `owner: str` and `%s`" % (what, FIELDS), line)

    if seen.get("builds") is not True:
        h.check(DATA, False, "`Cart(%r)` cannot be called: declare the fields, "
                "`owner: str` then `%s`, under `@dataclass`" % (owners[0], FIELDS), line)
        h.check(TOTAL, False, "could not build `Cart(%r)` to read its total" % owners[0], line)
        h.check(NAMES, False, "could not build `Cart(%r)` to call add_item" % owners[0], line)
        return
    if seen.get("items_type") != "list":
        h.check(DATA, False, "Cart(%r).items is %s; start each cart with an empty "
                "list: `%s`" % (owners[0], seen.get("items_type"), FIELDS), line)
    owner = seen.get("owner")
    if type(owner) is not str or owner != owners[0]:
        h.check(NAMES, False, "Cart(%r).owner is %r; keep the JavaScript's names: "
                "`owner: str`" % (owners[0], owner), line)

    found = seen.get("add")
    if found is None:
        h.check(NAMES, False, "Cart has no `add_item(self, name, price)` method", line)
    else:
        add_line = seen.get("add_line") if type(seen.get("add_line")) is int else line
        if found != "add_item":
            h.check(NAMES, False, "Python names methods in snake_case: `add_item`, not `%s`"
                    % found, add_line)
        else:
            h.check(NAMES, True, "add_item is snake_case", add_line)
        if type(seen.get("add_error")) is str:
            h.check(NAMES, False, "cart.%s(name, price) failed: %s" % (found, seen["add_error"]),
                    add_line)

    if seen.get("shared") is True:
        h.check(DATA, False, "two carts share one items list: adding to %s's cart filled "
                "%s's too. A `[]` in the class body or a default argument is made once; "
                "give each cart its own: `%s`" % (owners[0], owners[1], FIELDS), line)
    elif seen.get("items_list") is True:
        h.check(DATA, True, "each cart has its own items list", line)
    h.note("items", seen.get("items"))
    total = seen.get("total") if type(seen.get("total")) is dict else {}
    check_total(h, total, sum(price for _, price in purchases), line)
    check_kept_getter(h, total, line)


def check_kept_getter(h, total, line):
    """A `total` property with the getter kept beside it: the property is
    there, and the public `get_total()` is a method name a Python class
    would not have."""
    name = total.get("getter")
    if total.get("kind") != "property" or type(name) is not str:
        return
    where = total.get("getter_line") if type(total.get("getter_line")) is int else line
    h.check(NAMES, False, "`%s()` is kept beside the `total` property, so the class still "
            "offers the JavaScript getter; delete it and keep only the property "
            "(`@property` above `def total(self):`)" % name, where)
