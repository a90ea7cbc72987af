import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def freshSession():
    return {"started_at": 0.0}


def test_sessionValid(freshSession, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1.0)
    assert not is_expired(freshSession)


def test_sessionExpired(freshSession, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 3601.0)
    assert is_expired(freshSession)
