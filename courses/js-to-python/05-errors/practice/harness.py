# Behavioural checks for lesson 05, Practice: `def parse_port(text)`.
# Valid text (including surrounding whitespace, which int() accepts and a
# plain isdigit() check rejects) must come back as an int; invalid text must
# raise a class the answer defines, chained with `from` to int()'s ValueError
# ("²" is the trap for look-before-you-leap: "²".isdigit() is True, int("²")
# raises); numbers out of range must raise the same class.  "Explains when
# asking forgiveness beats looking first" is judged on the docstrings and
# comments by the free-text rules, not here.  See docs/harness.md.
import traceback

TRY = "try-int"
OWN = "own-exception"

NAME = "parse_port"
CAMEL = "parsePort"
VALID = (("8080", 8080), (" 443\n", 443), ("1", 1), ("65535", 65535))
NOT_NUMBERS = ("eighty", "²", "80.5", "")
OUT_OF_RANGE = ("0", "65536", "-1")
RAISE_FROM = 'raise PortError(f"not a port number: {text!r}") from err'


def answer_line(h, exc):
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == h.answer_name:
            line = lineno
    return line


def run(fn, text):
    try:
        return fn(text), None
    except Exception as exc:  # what the answer raises is what is judged
        return None, exc


def fn_value(fn, text):
    value, _ = run(fn, text)
    return value


def own_class(module, exc):
    """True when EXC's class (or a base of it) is defined in the answer."""
    return any(getattr(cls, "__module__", None) == module.__name__
               for cls in type(exc).__mro__)


def grade(h):
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        for criterion in (TRY, OWN):
            h.check(criterion, False, "define `def %s(text):`" % NAME)
        return
    line = h.line_of(fn)
    results = {}

    # Valid text comes back as an int.  An error that is neither int()'s
    # ValueError nor the answer's own class (a NameError, say) is the answer
    # failing to run: it propagates and the check has status error.
    valid_ok = True
    for text, expected in VALID:
        value, exc = run(fn, text)
        results[repr(text)] = repr(value) if exc is None else type(exc).__name__
        if exc is not None:
            if not (isinstance(exc, ValueError) or own_class(module, exc)):
                raise h.AnswerError("%s: %s" % (type(exc).__name__, exc), answer_line(h, exc),
                                    "calling %s(%r)" % (found, text))
            valid_ok = False
            h.check(TRY, False, "parse_port(%r) raised %s, but int(%r) is %d: a check before "
                    "the conversion rejected valid text; just try `int(text)` and catch "
                    "`ValueError`" % (text, type(exc).__name__, text, expected),
                    answer_line(h, exc) or line)
            break
        if value != expected or type(value) is not int:
            valid_ok = False
            h.check(TRY, False, "parse_port(%r) returned %r; return the int, %d"
                    % (text, value, expected), line)
            break

    # Text that is not a number: the answer's own class, chained to ValueError.
    raised = {}
    for text in NOT_NUMBERS:
        value, exc = run(fn, text)
        results[repr(text)] = repr(value) if exc is None else type(exc).__name__
        raised[text] = exc
        if exc is None:
            continue
        if not (isinstance(exc, ValueError) or own_class(module, exc)):
            raise h.AnswerError("%s: %s" % (type(exc).__name__, exc), answer_line(h, exc),
                                "calling %s(%r)" % (found, text))
    # "²" passes str.isdigit() and fails int(): a bare ValueError there, when
    # other bad text gets the answer's class, is a check-first answer.
    sup = raised["²"]
    if (raised["eighty"] is not None and own_class(module, raised["eighty"])
            and sup is not None and not own_class(module, sup)):
        valid_ok = False
        h.check(TRY, False, "\"²\".isdigit() is True but int(\"²\") raises: a check before "
                "the conversion let it through and the bare ValueError escaped; try "
                "`int(text)` and catch `ValueError`", answer_line(h, sup) or line)
    if valid_ok:
        h.check(TRY, True, "valid text, surrounding whitespace included, becomes an int", line)

    own_ok = True
    for text in NOT_NUMBERS:
        exc = raised[text]
        if exc is None:
            own_ok = False
            h.check(OWN, False, "parse_port(%r) returned %r instead of raising; a "
                    "caller cannot miss an exception: `%s`"
                    % (text, fn_value(fn, text), RAISE_FROM), line)
            break
        where = answer_line(h, exc) or line
        if not own_class(module, exc):
            own_ok = False
            h.check(OWN, False, "parse_port(%r) raised the built-in %s; define "
                    "`class PortError(ValueError):` and `%s`"
                    % (text, type(exc).__name__, RAISE_FROM), where)
            break
        if not isinstance(exc.__cause__, ValueError):
            own_ok = False
            if exc.__suppress_context__:
                how = "hid int()'s ValueError with `from None`"
            elif exc.__context__ is not None:
                how = "was raised while handling int()'s ValueError without `from`"
            else:
                how = "is not chained to int()'s ValueError"
            h.check(OWN, False, "for %r, %s %s; write `%s`"
                    % (text, type(exc).__name__, how, RAISE_FROM), where)
            break

    # Numbers out of range: the same class.
    for text in OUT_OF_RANGE if own_ok else ():
        value, exc = run(fn, text)
        results[repr(text)] = repr(value) if exc is None else type(exc).__name__
        if exc is None:
            own_ok = False
            h.check(OWN, False, "parse_port(%r) returned %r; a port is 1 to 65535, so raise "
                    "your class: `raise PortError(f\"port out of range: {port}\")`"
                    % (text, value), line)
            break
        if not own_class(module, exc):
            own_ok = False
            h.check(OWN, False, "parse_port(%r) raised the built-in %s; raise your own class "
                    "for out-of-range numbers too" % (text, type(exc).__name__),
                    answer_line(h, exc) or line)
            break
    if own_ok:
        h.check(OWN, True, "bad text raises the answer's own class, chained to ValueError", line)
    h.note("results", results)
