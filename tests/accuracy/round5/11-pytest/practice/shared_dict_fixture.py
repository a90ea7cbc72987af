import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


SESSION = {"started_at": 1000}


@pytest.fixture
def session():
    return SESSION


def test_expired(session, monkeypatch):
    session["started_at"] = 0
    monkeypatch.setattr(time, "time", lambda: 3601)
    assert is_expired(session)


def test_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 4000)
    assert not is_expired(session)
