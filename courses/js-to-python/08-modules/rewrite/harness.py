# Behavioural checks for lesson 08, Rewrite: an importable `total_paid(orders)`
# and a script part that reads sys.argv[1] and prints the total.  The answer
# is loaded twice: once as a module (as `import orders` would), where
# nothing may print or open a file, and once as `__main__` (as `python
# orders.py orders.json` would), where it must print the total.  print and
# open are swapped for recording versions while the answer runs.  Whether
# the imports are at the top and by name is left to the static rules.
# The orders and the file name are drawn at random for each check.  Runs in
# the judge: the probes load and run the answer in its own process and report
# what it printed and opened as plain data; what reached stdout the judge
# reads itself and holds the record against (h.answer_output, written_out).
# See docs/harness.md.
import builtins
import copy
import json
import re
import sys
import traceback

TOP = "top-imports"
FUNC = "importable-function"
GUARD = 'main-guard'
OWNS = [TOP, FUNC, GUARD]

NAME = "total_paid"
CAMEL = "totalPaid"
SHAPE = 'return sum(order["amount"] for order in orders if order["paid"])'
MAIN = ('def main(): ... print(total_paid(orders)), then `if __name__ == "__main__": main()`')


# idiom: include ../watch.py


def make_orders(h):
    """(file name, orders, total paid), drawn at random: some paid, some not."""
    orders = []
    for i in range(h.random_int(3, 6)):
        orders.append({"id": i + 1, "amount": h.random_int(1, 99), "paid": i % 2 == 0})
    orders.append({"id": len(orders) + 1, "amount": h.random_int(1, 99), "paid": False})
    name = "orders-%d.json" % h.random_int(100, 99999)
    with open(name, "w", encoding="utf-8") as f:
        json.dump(orders, f)
    return name, orders, sum(o["amount"] for o in orders if o["paid"])


def check_import(h, calls, out):
    did = import_output(calls, out)
    if did:
        what, line = did
        h.check(GUARD, False, "importing the module already %s; a test that only "
                "wants total_paid would run the script. Move it into %s"
                % (what, MAIN),
                line if type(line) is int else None)
    else:
        h.check(GUARD, True, "importing the module only defines names")


def check_function(h, module, data, total):
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        h.check(FUNC, False, "define `def total_paid(orders):` at the top level so callers "
                "can write `from orders import total_paid`")
        return None
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(FUNC, False, "Python names functions in snake_case: `%s`, not `%s`"
                % (NAME, CAMEL), line)
    orders = copy.deepcopy(data)
    try:
        result = h.call(fn, orders)
    except h.AnswerError as exc:
        # total_paid's own failure: its criterion, not the script part's.
        h.check(FUNC, False, str(exc), exc.line or line)
        return exc
    if orders != data:
        h.check(FUNC, False, "total_paid changed the list it was given; compute the total "
                "without touching the orders: " + SHAPE, line)
    if type(result) in (int, float) and result == total:
        h.check(FUNC, True, "total_paid(orders) returns %r" % total, line)
    elif result is None:
        h.check(FUNC, False, "total_paid(orders) returns None (did it print instead?); "
                "return the number: " + SHAPE, line)
    else:
        h.check(FUNC, False, "total_paid(orders) returns %r for orders whose paid amounts "
                "add up to %r; %s" % (result, total, SHAPE), line)
    return result


def check_script(h, name, total, answer_total):
    # The script part prints what total_paid returns; a wrong total, or an
    # exception raised inside total_paid, is total_paid's fault, judged above,
    # not the script part's.
    func_error = answer_total if isinstance(answer_total, h.AnswerError) else None
    answer_total = None if func_error is not None else answer_total
    expected = {str(total)} | ({str(answer_total)} if answer_total is not None else set())
    command = "`python orders.py %s`" % name
    with h.hold_output():
        seen = h.probe(run_as_script, ["orders.py", name])
    seen = seen if type(seen) is dict else {}
    out = h.answer_output()[0]
    raised = seen.get("raised")
    module = missing_module(raised)
    if module is not None:
        # A module used but never imported: the imports' fault, not the guard's.
        line = raised.get("line")
        h.check(TOP, False, "%s raised NameError: %s is used but never imported; add "
                "`import %s` at the top of the file" % (command, module, module),
                line if type(line) is int else None)
        h.check(GUARD, True, "the script part runs only under the guard")
        return
    h.check(TOP, True, "every module the script part uses is imported")
    if seen.get("exit") not in (None, 0):
        h.check(GUARD, False, "run as a script, the file exits with %r" % (seen.get("exit"),))
        return
    if type(raised) is dict and func_error is not None and (
            "%s: %s" % (raised.get("type"), raised.get("message")) in func_error.message):
        h.check(GUARD, True, "the script part runs only under the guard (it stops where "
                "total_paid raises, judged above)")
        return
    if type(raised) is dict:
        if raised.get("index_error") is True and "sys.argv[2]" in h.source:
            why = ("Python's sys.argv[0] is the script, so the first argument is "
                   "sys.argv[1], not Node's argv[2]")
        else:
            why = "the script part should read sys.argv[1] and print total_paid(orders)"
        line = raised.get("line")
        h.check(GUARD, False, "%s raised %s: %s; %s" % (command, raised.get("type"),
                raised.get("message"), why), line if type(line) is int else None)
        return
    calls = seen.get("calls") if type(seen.get("calls")) is list else []
    printed = written_out(calls, out)
    if any(type(c[2]) is list and len(c[2]) == 1 and c[3] in expected for c in printed):
        h.check(GUARD, True, "%s prints the total" % command)
    elif printed:
        h.check(GUARD, False, "%s prints %s, not the total %r; print(total_paid(orders))"
                % (command, ", ".join(repr(c[3]) for c in printed[:2]), total))
    else:
        h.check(GUARD, False, "%s prints nothing; the script part is missing: %s"
                % (command, MAIN))


def missing_module(raised):
    """The standard-library module a NameError names, or None."""
    if type(raised) is not dict or raised.get("type") != "NameError":
        return None
    match = re.match(r"name '([A-Za-z_][A-Za-z0-9_]*)' is not defined",
                     str(raised.get("message")))
    if match and match.group(1) in sys.stdlib_module_names:
        return match.group(1)
    return None


def grade(h):
    name, orders, total = make_orders(h)
    with h.hold_output():
        calls = h.probe(load_watched, ["orders.py", name])
    check_import(h, calls if type(calls) is list else [], h.answer_output()[0])
    module = h.load()   # loaded by the probe already: the same module, not run again
    answer_total = check_function(h, module, orders, total)
    check_script(h, name, total, answer_total)
