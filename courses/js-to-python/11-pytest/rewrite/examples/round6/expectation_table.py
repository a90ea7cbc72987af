"""Tests for parse_price."""
import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


from contextlib import nullcontext


@pytest.mark.parametrize(
    ("text", "expected", "expectation"),
    [
        ("$3", 300, nullcontext()),
        ("$3.50", 350, nullcontext()),
        (" $10.05 ", 1005, nullcontext()),
        ("3.50", None, pytest.raises(ValueError, match="dollar sign")),
    ],
)
def test_parse_price(text, expected, expectation):
    with expectation:
        assert parse_price(text) == expected
