"""Lesson 11 · Rewrite

Rewrite this Jest suite as a pytest module for `parse_price`:

    const { parsePrice } = require("./prices");

    describe("parsePrice", () => {
      test.each([
        ["$3", 300],
        ["$3.50", 350],
        [" $10.05 ", 1005],
      ])("parses %s into cents", (text, cents) => {
        expect(parsePrice(text)).toBe(cents);
      });

      test("rejects a price without a dollar sign", () => {
        expect(() => parsePrice("3.50")).toThrow(/dollar sign/);
      });
    });

`parse_price` is defined below so the file runs on its own (`pytest
starter.py`); write only the tests.  `idiom check` runs them against a working
parse_price, where they must pass, and against broken ones, where they must
fail.
"""
import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


@pytest.mark.parametrize("text, cents", [("$3", 300), ("$3.50", 350), (" $10.05 ", 1005)])
def test_parse_price(text, cents):
    assert parse_price(text) == cents


def test_rejects_missing_dollar_sign():
    with pytest.raises(ValueError, match="Dollar sign"):
        parse_price("3.50")
