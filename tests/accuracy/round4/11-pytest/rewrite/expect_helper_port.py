import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


class expect:
    """Tiny Jest-like helper so the tests read like before."""

    def __init__(self, actual):
        self.actual = actual

    def toBe(self, expected):
        if self.actual != expected:
            raise AssertionError(f"expected {expected!r}, got {self.actual!r}")

    def toThrow(self, pattern):
        with pytest.raises(Exception, match=pattern):
            self.actual()


@pytest.mark.parametrize("text, cents", [("$3", 300), ("$3.50", 350), (" $10.05 ", 1005)])
def test_parses_into_cents(text, cents):
    expect(parse_price(text)).toBe(cents)


def test_rejects_a_price_without_a_dollar_sign():
    expect(lambda: parse_price("3.50")).toThrow("dollar sign")
