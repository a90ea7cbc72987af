import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"id": "abc123", "started_at": 5000.0}


def test_not_expired(session, monkeypatch):
    monkeypatch.setattr("time.time", lambda: 5000.0 + 1800)
    assert not is_expired(session)


def test_expired(session, monkeypatch):
    monkeypatch.setattr("time.time", lambda: 5000.0 + 3600 * 2)
    assert is_expired(session)
