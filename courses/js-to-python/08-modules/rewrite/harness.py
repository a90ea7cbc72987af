# Behavioural checks for lesson 08, Rewrite: an importable `total_paid(orders)`
# and a script part that reads sys.argv[1] and prints the total.  The answer
# is loaded twice: once as a module (as `import orders` would), where
# nothing may print or open a file, and once as `__main__` (as `python
# orders.py orders.json` would), where it must print the total.  print and
# open are swapped for recording versions while the answer runs.  Whether
# the imports are at the top and by name is left to the static rules.
# See docs/harness.md for the harness API.
import builtins
import copy
import json
import sys
import traceback

FUNC = "importable-function"
GUARD = 'main-guard'

NAME = "total_paid"
CAMEL = "totalPaid"
FILE = "orders.json"
ORDERS = [
    {"id": 1, "amount": 30, "paid": True},
    {"id": 2, "amount": 12, "paid": False},
    {"id": 3, "amount": 5, "paid": True},
]
TOTAL = 35
SHAPE = 'return sum(order["amount"] for order in orders if order["paid"])'
MAIN = ('def main(): ... print(total_paid(orders)), then `if __name__ == "__main__": main()`')


# idiom: include ../watch.py


def check_import(h, watch):
    if watch.calls:
        what, line, _ = watch.calls[0]
        h.check(GUARD, False, "importing the module already calls %s(); a test that only "
                "wants total_paid would run the script. Move it into %s" % (what, MAIN), line)
    else:
        h.check(GUARD, True, "importing the module only defines names")


def check_function(h, module):
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        h.check(FUNC, False, "define `def total_paid(orders):` at the top level so callers "
                "can write `from orders import total_paid`")
        return None
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(FUNC, False, "Python names functions in snake_case: `%s`, not `%s`"
                % (NAME, CAMEL), line)
    orders = copy.deepcopy(ORDERS)
    result = h.call(fn, orders)
    if orders != ORDERS:
        h.check(FUNC, False, "total_paid changed the list it was given; compute the total "
                "without touching the orders: " + SHAPE, line)
    if result == TOTAL and not isinstance(result, bool):
        h.check(FUNC, True, "total_paid(orders) returns %r" % TOTAL, line)
    elif result is None:
        h.check(FUNC, False, "total_paid(orders) returns None (did it print instead?); "
                "return the number: " + SHAPE, line)
    else:
        h.check(FUNC, False, "total_paid(orders) returns %r for orders whose paid amounts "
                "add up to %r; %s" % (result, TOTAL, SHAPE), line)
    return result


def check_script(h, answer_total):
    # The script part prints what total_paid returns; a wrong total is
    # total_paid's fault, judged above, not the script part's.
    expected = {str(TOTAL), str(answer_total)}
    namespace = {"__name__": "__main__", "__file__": h.answer_name}
    code = compile(h.source, h.answer_name, "exec")
    with Watch(h, ["orders.py", FILE]) as watch:
        try:
            exec(code, namespace)
        except SystemExit as exc:
            if exc.code not in (None, 0):
                h.check(GUARD, False, "run as a script, the file exits with %r" % (exc.code,))
                return
        except BaseException as exc:
            line = answer_line(h, exc.__traceback__)
            if isinstance(exc, IndexError) and "sys.argv[2]" in h.source:
                why = ("Python's sys.argv[0] is the script, so the first argument is "
                       "sys.argv[1], not Node's argv[2]")
            else:
                why = "the script part should read sys.argv[1] and print total_paid(orders)"
            h.check(GUARD, False, "`python orders.py orders.json` raised %s: %s; %s"
                    % (type(exc).__name__, exc, why), line)
            return
    printed = [args for what, _, args in watch.calls if what == "print"]
    if any(len(args) == 1 and str(args[0]) in expected for args in printed):
        h.check(GUARD, True, "`python orders.py orders.json` prints the total")
    elif printed:
        h.check(GUARD, False, "`python orders.py orders.json` prints %s, not the total %r; "
                "print(total_paid(orders))" % (", ".join(map(repr, printed[:2])), TOTAL))
    else:
        h.check(GUARD, False, "`python orders.py orders.json` prints nothing; the script "
                "part is missing: " + MAIN)


def grade(h):
    with open(FILE, "w", encoding="utf-8") as f:
        json.dump(ORDERS, f)
    with Watch(h, ["orders.py", FILE]) as watch:
        module = h.load()   # an answer that raises at import is the runner's error
    check_import(h, watch)
    answer_total = check_function(h, module)
    check_script(h, answer_total)
