import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 2_000.0)
    return {"started_at": 2_000.0}


def test_valid(session):
    assert not is_expired(session, ttl=60)


def test_expired(session):
    session["started_at"] -= 61
    assert is_expired(session, ttl=60)
