"""Tests for parse_price."""
import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


class Expectation:
    def __init__(self, actual):
        self.actual = actual

    def to_be(self, expected):
        if self.actual != expected:
            raise AssertionError(f"expected {expected!r}, got {self.actual!r}")


def expect(actual):
    return Expectation(actual)


@pytest.mark.parametrize("text,cents", [("$3", 300), ("$3.50", 350), (" $10.05 ", 1005)])
def test_parses_price(text, cents):
    expect(parse_price(text)).to_be(cents)


def test_rejects_missing_dollar_sign():
    with pytest.raises(ValueError, match="dollar sign"):
        parse_price("3.50")
