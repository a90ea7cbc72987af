import pytest

def test_parsePrice():
    for text, cents in [["$3", 300], ["$3.50", 350], [" $10.05 ", 1005]]:
        assert parse_price(text) === cents

def test_rejects():
    try:
        parse_price("3.50")
    except:
        pass
