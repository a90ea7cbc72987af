import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


# test.each becomes @pytest.mark.parametrize: each row is its own test
# in the report, e.g. test_parses_into_cents[$3-300].
@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("$3", 300),          # whole dollars
        ("$3.50", 350),       # dollars and cents
        (" $10.05 ", 1005),   # spaces around it are ignored
    ],
)
def test_parses_into_cents(text, cents):
    # a plain assert is enough: pytest shows both sides if it fails
    assert parse_price(text) == cents


def test_rejects_a_price_without_a_dollar_sign():
    # expect(() => ...).toThrow(/dollar sign/) becomes pytest.raises + match
    with pytest.raises(ValueError, match="dollar sign"):
        parse_price("3.50")
