"""Tests for parse_price."""
import pytest

from prices import parse_price


@pytest.mark.parametrize("text,cents", [("$3", 300), ("$3.50", 350), (" $10.05 ", 1005)])
def test_parse_price(text, cents):
    assert parse_price(text) == cents


def test_rejects_missing_dollar_sign():
    with pytest.raises(ValueError, match="dollar sign"):
        parse_price("3.50")
