# Behavioural checks for lesson 07, Rewrite: a `Cart` class built as
# Cart(owner) with an items list, add_item(name, price) and a `total`.
# Two carts are built and filled through add_item; the checks look at what
# a Python developer would notice at run time: is it a dataclass, do the
# carts share one list, is `total` a property with the right value, are the
# names snake_case.  See docs/harness.md for the harness API.
import dataclasses
import inspect
import re

DATA = "dataclass-items"
TOTAL = "total-property"
NAMES = "pythonic-names"

FIELDS = "items: list = field(default_factory=list)"
PROPERTY = "@property above `def total(self):`, read as `cart.total`"


def class_line(h, name):
    match = re.search(r"^[ \t]*class[ \t]+%s\b[^{\n]*:" % name, h.source, re.M)
    return h.source.count("\n", 0, match.start()) + 1 if match else None


def method(cls, name, *aliases):
    for candidate in (name,) + aliases:
        value = inspect.getattr_static(cls, candidate, None)
        if value is not None:
            return value, candidate
    return None, None


def build(h, cls, line):
    """Cart("Ada"): None and a failing check when the signature will not take it."""
    try:
        inspect.signature(cls).bind("Ada")
    except (TypeError, ValueError):
        h.check(DATA, False, "`Cart(\"Ada\")` cannot be called: declare the fields, "
                "`owner: str` then `%s`, under `@dataclass`" % FIELDS, line)
        return None
    return h.call(cls, "Ada")


def check_total(h, cls, cart, line):
    static, found = method(cls, "total")
    if isinstance(static, property):
        value = h.call(lambda: cart.total)
        h.check(TOTAL, value == 5.5, "cart.total is %r after adding 3.5 and 2.0; sum the "
                "prices: `return sum(item[\"price\"] for item in self.items)`" % (value,)
                if value != 5.5 else "`total` is a property: cart.total == 5.5",
                h.line_of(static.fget) or line)
        return
    if callable(static):
        h.check(TOTAL, False, "`total` is a method, so callers write cart.total(); put "
                + PROPERTY, h.line_of(static) or line)
        return
    getter, name = method(cls, "get_total", "getTotal")
    if getter is not None:
        h.check(TOTAL, False, "`%s()` is a getter; Python writes %s" % (name, PROPERTY),
                h.line_of(getter) or line)
    else:
        h.check(TOTAL, False, "Cart has no `total`; add %s" % PROPERTY, line)


def grade(h):
    module = h.load()
    cls = module.__dict__.get("Cart")
    line = class_line(h, "Cart")
    if not inspect.isclass(cls):
        for criterion in (DATA, TOTAL, NAMES):
            h.check(criterion, False, "define `class Cart:` under `@dataclass`", line)
        return

    if dataclasses.is_dataclass(cls):
        h.check(DATA, True, "Cart is a dataclass", line)
    else:
        what = ("writes its own __init__" if "__init__" in vars(cls)
                else "is a plain class")
        h.check(DATA, False, "Cart %s; declare the fields instead: `@dataclass` above "
                "`class Cart:`, then `owner: str` and `%s`" % (what, FIELDS), line)

    first = build(h, cls, line)
    if first is None:
        h.check(TOTAL, False, "could not build `Cart(\"Ada\")` to read its total", line)
        h.check(NAMES, False, "could not build `Cart(\"Ada\")` to call add_item", line)
        return
    second = h.call(cls, "Grace")
    items = getattr(first, "items", None)
    if not isinstance(items, list):
        h.check(DATA, False, "Cart(\"Ada\").items is %s; start each cart with an empty "
                "list: `%s`" % (type(items).__name__, FIELDS), line)
    if getattr(first, "owner", None) != "Ada":
        h.check(NAMES, False, "Cart(\"Ada\").owner is %r; keep the JavaScript's names: "
                "`owner: str`" % (getattr(first, "owner", None),), line)

    add, found = method(cls, "add_item", "addItem", "add")
    if add is None or not callable(add):
        h.check(NAMES, False, "Cart has no `add_item(self, name, price)` method", line)
        for price in (3.5, 2.0):
            if isinstance(items, list):
                items.append({"name": "tea", "price": price})
    else:
        add_line = h.line_of(add) or line
        if found != "add_item":
            h.check(NAMES, False, "Python names methods in snake_case: `add_item`, not `%s`"
                    % found, add_line)
        else:
            h.check(NAMES, True, "add_item is snake_case", add_line)
        h.call(getattr(first, found), "tea", 3.5)
        h.call(getattr(first, found), "cake", 2.0)

    mine, theirs = getattr(first, "items", None), getattr(second, "items", None)
    if mine is not None and mine is theirs:
        h.check(DATA, False, "two carts share one items list: adding to Ada's cart filled "
                "Grace's too. A `[]` in the class body or a default argument is made once; "
                "give each cart its own: `%s`" % FIELDS, line)
    elif isinstance(mine, list):
        h.check(DATA, True, "each cart has its own items list", line)
    h.note("items", repr(mine))
    check_total(h, cls, first, line)
