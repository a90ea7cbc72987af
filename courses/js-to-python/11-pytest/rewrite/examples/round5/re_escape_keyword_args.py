import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


import re


@pytest.mark.parametrize(
    argnames="text,cents",
    argvalues=[("$3", 300), ("$3.50", 350), (" $10.05 ", 1005)],
    ids=["dollars", "cents", "padded"],
)
def test_parse(text, cents):
    assert parse_price(text) == cents


def test_parse_without_dollar():
    with pytest.raises(ValueError, match=re.escape("has no dollar sign")):
        parse_price("3.50")
