import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl

SESSION = {}


def setup_function():
    SESSION.clear()
    SESSION["started_at"] = 100.0


def test_valid(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 200.0)
    assert not is_expired(SESSION)


def test_expired(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 100.0 + 3700)
    assert is_expired(SESSION)
