import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


# Jest's test.each becomes pytest.mark.parametrize.
# Each tuple is one case: (input text, expected cents).
@pytest.mark.parametrize(
    "text, expected_cents",
    [
        ("$3", 300),  # no cents part at all
        ("$3.50", 350),  # normal price
        (" $10.05 ", 1005),  # spaces around it should be stripped
    ],
)
def test_parse_price_gives_cents(text, expected_cents):
    # plain assert, no expect().toBe() needed
    result = parse_price(text)
    assert result == expected_cents


# toThrow(/dollar sign/) becomes pytest.raises with match=
def test_parse_price_rejects_missing_dollar_sign():
    with pytest.raises(ValueError, match="dollar sign"):
        parse_price("3.50")
