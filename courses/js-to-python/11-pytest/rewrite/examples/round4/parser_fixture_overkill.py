import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


@pytest.fixture
def parser():
    """Hands the function under test to each test (easy to swap later)."""
    return parse_price


@pytest.fixture
def missing_sign_text():
    return "3.50"


@pytest.mark.parametrize(
    "text, cents",
    [("$3", 300), ("$3.50", 350), (" $10.05 ", 1005)],
)
def test_parses_into_cents(parser, text, cents):
    assert parser(text) == cents


def test_rejects_price_without_dollar_sign(parser, missing_sign_text):
    with pytest.raises(ValueError, match="dollar sign"):
        parser(missing_sign_text)
