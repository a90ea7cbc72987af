import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl

_SESSION = {"started_at": 0.0}


@pytest.fixture
def session():
    return _SESSION


def test_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 100.0)
    assert not is_expired(session)


def test_expired(session, monkeypatch):
    session["started_at"] = -10_000.0
    monkeypatch.setattr(time, "time", lambda: 0.0)
    assert is_expired(session)
