import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


def test_whole_dollars():
    assert parse_price("$3") == 300


def test_dollars_and_cents():
    assert parse_price("$3.50") == 350


def test_surrounding_whitespace():
    assert parse_price(" $10.05 ") == 1005


def test_rejects_price_without_dollar_sign():
    with pytest.raises(ValueError, match="dollar sign"):
        parse_price("3.50")
