"""Tests for parse_price."""
import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


@pytest.mark.parametrize("text,cents", [("$3", 300), ("$3.50", 350), (" $10.05 ", 1005)])
def test_parse_price(text, cents):
    assert parse_price(text) == cents


def test_no_dollar_sign():
    try:
        parse_price("3.50")
        assert False, "expected ValueError"
    except ValueError as error:
        assert "dollar sign" in str(error)
