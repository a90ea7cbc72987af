# Behavioural checks for lesson 05, Practice: `def parse_port(text)`.
# Valid text (including surrounding whitespace, which int() accepts and a
# plain isdigit() check rejects) must come back as an int; invalid text must
# raise a class the answer defines, chained with `from` to int()'s ValueError
# ("²" is the trap for look-before-you-leap: "²".isdigit() is True, int("²")
# raises); numbers out of range must raise the same class.  "Explains when
# asking forgiveness beats looking first" is judged on the docstrings and
# comments by the free-text rules, not here.  "80.0" is float text int()
# rejects: an answer that converts with float() accepts it, a fault of "Tries
# `int()`" alone, and so is its accepting "80.5".  An error-first pair
# returned instead of raising is own-exception's; the value it carries is
# judged as the result.  An error raised while handling int()'s ValueError (the
# NameError of a class never defined) is the raised class's fault.  See
# docs/harness.md.

TRY = "try-int"
OWN = "own-exception"
OWNS = [TRY, OWN]

NAME = "parse_port"
CAMEL = "parsePort"
NOT_NUMBERS = ("eighty", "²", "80.5", "")
FLOAT_TEXT = "80.0"
RAISE_FROM = 'raise PortError(f"not a port number: {text!r}") from err'


# What the answer raised is read in the probe through the harness API's
# a.is_a and a.chained (BaseException's own descriptors and the exact type,
# docs/harness.md), never through attributes the answer's class may override.


def random_cases(h):
    """(valid [(text, port)], out of range [text]) drawn for this check:
    surrounding whitespace, the edges of the range, and numbers nobody can
    write out in advance."""
    ports = [h.random_int(2, 65534) for _ in range(2)]
    valid = (("%d" % ports[0], ports[0]), (" %d\n" % ports[1], ports[1]), ("1", 1),
             ("65535", 65535))
    out = ("0", "%d" % h.random_int(65536, 999999), "-%d" % h.random_int(1, 9999))
    return valid, out


def own_class(module, exc):
    """True when EXC's class (or a base of it) is defined in the answer."""
    return any(getattr(cls, "__module__", None) == module.__name__
               for cls in type(exc).__mro__)


def try_texts(a, found, texts):
    """calling parse_port"""
    fn = a.module.__dict__[found]
    seen = []
    for text in texts:
        try:
            seen.append({"value": fn(text)})
        except BaseException as exc:  # what the answer raised is what is judged
            if not a.is_a(exc, Exception) and not own_class(a.module, exc):
                raise	# SystemExit, KeyboardInterrupt: the answer failed to run
            seen.append({"exc": {
                "exception": a.is_a(exc, Exception),
                "type": type(exc).__name__, "message": str(exc)[:200],
                "line": a.answer_line(exc),
                "value_error": a.is_a(exc, ValueError),
                "own": own_class(a.module, exc),
                "cause_value_error": a.is_a(a.chained(exc, "__cause__"), ValueError),
                "suppress": a.chained(exc, "__suppress_context__") is True,
                "context": a.chained(exc, "__context__") is not None,
                "context_value_error": a.is_a(a.chained(exc, "__context__"), ValueError)}})
    return seen


class Raised:
    """What the answer raised, as the probe described it (plain data)."""

    def __init__(self, data):
        data = data if type(data) is dict else {}
        self.type = data.get("type") if type(data.get("type")) is str else "?"
        self.message = data.get("message") if type(data.get("message")) is str else ""
        self.line = data.get("line") if type(data.get("line")) is int else None
        for key in ("value_error", "own", "cause_value_error", "suppress", "context",
                    "context_value_error", "exception"):
            setattr(self, key, data.get(key) is True)


def run_all(h, found, texts):
    """{text: (value, Raised or None)} for each of TEXTS, from one probe."""
    seen = h.probe(try_texts, found, list(texts))
    out = {}
    for text, entry in zip(texts, seen if type(seen) is list else []):
        entry = entry if type(entry) is dict else {}
        out[text] = (entry.get("value"), Raised(entry["exc"]) if "exc" in entry else None)
    return out


def unexpected(h, found, text, exc):
    """An error that is neither int()'s ValueError nor the answer's own
    class (a NameError, say): the answer failed to run."""
    return h.AnswerError("%s: %s" % (exc.type, exc.message), exc.line,
                         "calling %s(%r)" % (found, text))


def is_float_text(text):
    """Whether float() reads TEXT, one of the harness's own texts."""
    try:
        float(text)
    except ValueError:
        return False
    return True


def error_first(value):
    """(True, result) for Node's error-first pair: `(None, result)` when it
    worked, `(error, None)` when it failed; (False, VALUE) otherwise.  The
    pair instead of raising is own-exception's fault (bad text returned a
    value); what int() accepted or refused is judged on what the pair says."""
    if type(value) is tuple and len(value) == 2 and (value[0] is None) != (value[1] is None):
        return True, value[1]
    return False, value


def grade(h):
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        for criterion in (TRY, OWN):
            h.check(criterion, False, "define `def %s(text):`" % NAME)
        return
    line = h.line_of(fn)
    results = {}
    valid, out_of_range = random_cases(h)
    runs = run_all(h, found, [t for t, _ in valid] + list(NOT_NUMBERS) + list(out_of_range)
                   + [FLOAT_TEXT])

    # Valid text comes back as an int.  An error that is neither int()'s
    # ValueError nor the answer's own class (a NameError, say) is the answer
    # failing to run: it propagates and the check has status error.
    valid_ok = True
    for text, expected in valid:
        value, exc = runs[text]
        results[repr(text)] = repr(value) if exc is None else exc.type
        value = error_first(value)[1]
        if exc is not None:
            if not (exc.value_error or exc.own):
                raise unexpected(h, found, text, exc)
            valid_ok = False
            h.check(TRY, False, "parse_port(%r) raised %s, but int(%r) is %d: a check before "
                    "the conversion rejected valid text; just try `int(text)` and catch "
                    "`ValueError`" % (text, exc.type, text, expected), exc.line or line)
            break
        if value != expected or type(value) is not int:
            valid_ok = False
            h.check(TRY, False, "parse_port(%r) returned %r; return the int, %d"
                    % (text, value, expected), line)
            break

    # Text that is not a number: the answer's own class, chained to ValueError.
    raised = {}
    for text in NOT_NUMBERS:
        value, exc = runs[text]
        results[repr(text)] = repr(value) if exc is None else exc.type
        raised[text] = exc
        if exc is None:
            continue
        # An error raised while handling int()'s ValueError (a NameError for
        # a class never defined) is the raised class's fault: judged below.
        if not (exc.value_error or exc.own or exc.context_value_error):
            raise unexpected(h, found, text, exc)
    # "²" passes str.isdigit() and fails int(): a bare ValueError there, when
    # other bad text gets the answer's class, is a check-first answer.
    sup = raised["²"]
    if (raised["eighty"] is not None and raised["eighty"].own
            and sup is not None and not sup.own):
        valid_ok = False
        h.check(TRY, False, "\"²\".isdigit() is True but int(\"²\") raises: a check before "
                "the conversion let it through and the bare ValueError escaped; try "
                "`int(text)` and catch `ValueError`", sup.line or line)
    value, exc = runs[FLOAT_TEXT]
    value = error_first(value)[1]
    float_accepted = exc is None and value is not None
    if float_accepted:
        valid_ok = False
        h.check(TRY, False, "parse_port(%r) returned %r, but int(%r) raises ValueError: the text "
                "is not a whole number; convert with `int(text)` itself" % (FLOAT_TEXT, value,
                                                                            FLOAT_TEXT), line)
    if valid_ok:
        h.check(TRY, True, "valid text, surrounding whitespace included, becomes an int", line)

    own_ok = True
    for text in NOT_NUMBERS:
        exc = raised[text]
        if exc is None and float_accepted and is_float_text(text):
            continue	# the float conversion accepted it: try-int's fault, judged above
        if exc is None:
            own_ok = False
            h.check(OWN, False, "parse_port(%r) returned %r instead of raising; a "
                    "caller cannot miss an exception: `%s`"
                    % (text, runs[text][0], RAISE_FROM), line)
            break
        where = exc.line or line
        if not exc.own and not exc.value_error:
            own_ok = False
            h.check(OWN, False, "parse_port(%r) raised %s (%s) while handling int()'s "
                    "ValueError: the class it raises must exist; define `class "
                    "PortError(ValueError):` and `%s`"
                    % (text, exc.type, exc.message, RAISE_FROM), where)
            break
        if not exc.own:
            own_ok = False
            h.check(OWN, False, "parse_port(%r) raised the built-in %s; define "
                    "`class PortError(ValueError):` and `%s`"
                    % (text, exc.type, RAISE_FROM), where)
            break
        if not exc.exception:
            own_ok = False
            h.check(OWN, False, "%s derives from BaseException, not Exception, so the "
                    "`except Exception:` handlers of the callers miss it (as they miss "
                    "KeyboardInterrupt); define `class PortError(ValueError):`" % exc.type, where)
            break
        if not exc.cause_value_error:
            own_ok = False
            if exc.suppress:
                how = "hid int()'s ValueError with `from None`"
            elif exc.context:
                how = "was raised while handling int()'s ValueError without `from`"
            else:
                how = "is not chained to int()'s ValueError"
            h.check(OWN, False, "for %r, %s %s; write `%s`"
                    % (text, exc.type, how, RAISE_FROM), where)
            break

    # Numbers out of range: the same class.
    for text in out_of_range if own_ok else ():
        value, exc = runs[text]
        results[repr(text)] = repr(value) if exc is None else exc.type
        if exc is None:
            own_ok = False
            h.check(OWN, False, "parse_port(%r) returned %r; a port is 1 to 65535, so raise "
                    "your class: `raise PortError(f\"port out of range: {port}\")`"
                    % (text, value), line)
            break
        if not exc.own:
            own_ok = False
            h.check(OWN, False, "parse_port(%r) raised the built-in %s; raise your own class "
                    "for out-of-range numbers too" % (text, exc.type), exc.line or line)
            break
    if own_ok:
        h.check(OWN, True, "bad text raises the answer's own class, chained to ValueError", line)
    h.note("results", results)
