"""Tests for parse_price."""
import pytest


def parse_price(text):
    """'$3.50' -> 350 (cents).  Raises ValueError when the dollar sign is missing."""
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"{text!r} has no dollar sign")
    dollars, _, cents = text[1:].partition(".")
    return int(dollars) * 100 + int(cents.ljust(2, "0"))


import unittest


class TestParsePrice(unittest.TestCase):
    def test_parses_prices(self):
        for text, cents in [("$3", 300), ("$3.50", 350), (" $10.05 ", 1005)]:
            with self.subTest(text=text):
                self.assertEqual(parse_price(text), cents)

    def test_rejects_missing_dollar_sign(self):
        with self.assertRaisesRegex(ValueError, "dollar sign"):
            parse_price("3.50")
