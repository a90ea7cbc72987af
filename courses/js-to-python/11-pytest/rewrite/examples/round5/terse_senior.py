import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


@pytest.mark.parametrize("s,c", [("$3", 300), ("$3.50", 350), (" $10.05 ", 1005)])
def test_ok(s, c):
    assert parse_price(s) == c


def test_err():
    with pytest.raises(ValueError, match="dollar"):
        parse_price("3.50")
