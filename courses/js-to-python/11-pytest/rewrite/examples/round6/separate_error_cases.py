"""Tests for parse_price."""
import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


PRICES = [
    ("$3", 300),
    ("$3.50", 350),
    (" $10.05 ", 1005),
]


@pytest.mark.parametrize("text, cents", PRICES)
def test_parse_price_converts_to_cents(text, cents):
    result = parse_price(text)
    assert result == cents


def test_parse_price_rejects_missing_dollar_sign():
    with pytest.raises(ValueError, match="dollar sign"):
        parse_price("3.50")


def test_parse_price_rejects_plain_number_with_spaces():
    with pytest.raises(ValueError, match="dollar sign"):
        parse_price(" 10.05 ")
