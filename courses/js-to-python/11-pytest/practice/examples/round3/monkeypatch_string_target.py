import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 42.0}


def test_still_valid(session, monkeypatch):
    monkeypatch.setattr("time.time", lambda: 42.0 + 1)
    assert is_expired(session) == False


def test_expired(session, monkeypatch):
    monkeypatch.setattr("time.time", lambda: 42.0 + 4000)
    assert is_expired(session) == True
