import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


@pytest.fixture
def parse():
    """The function under test, so tests can swap implementations."""
    return parse_price


@pytest.fixture(params=[("$3", 300), ("$3.50", 350), (" $10.05 ", 1005)])
def price_case(request):
    return request.param


@pytest.mark.parametrize("bad", ["3.50"])
def test_rejects_missing_dollar_sign(parse, bad):
    with pytest.raises(ValueError, match="dollar sign"):
        parse(bad)


def test_parses_into_cents(parse, price_case):
    text, cents = price_case
    assert parse(text) == cents
