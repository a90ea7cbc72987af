import pytest  # pytest is the test runner, like jest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


# In Jest we used test.each with a table. In pytest the same thing is
# @pytest.mark.parametrize: first the argument names, then a list of rows.
# Every row becomes its own test in the report.
@pytest.mark.parametrize(
    "text, cents",
    [
        ("$3", 300),  # whole dollars
        ("$3.50", 350),  # dollars and cents
        (" $10.05 ", 1005),  # spaces around it should be ignored
    ],
)
def test_parses_text_into_cents(text, cents):
    # plain assert instead of expect(...).toBe(...)
    assert parse_price(text) == cents


# toThrow(/dollar sign/) becomes pytest.raises with match=
# (match is a regular expression, searched in the error message)
def test_rejects_a_price_without_a_dollar_sign():
    with pytest.raises(ValueError, match="dollar sign"):
        parse_price("3.50")
