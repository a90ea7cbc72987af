import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 1000}


def test_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1100)
    print("expired?", is_expired(session))


def test_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 9000)
    print("expired?", is_expired(session))
