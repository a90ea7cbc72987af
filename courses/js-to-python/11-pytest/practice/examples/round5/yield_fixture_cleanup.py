import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    s = {"user": "grace", "started_at": 10_000.0}
    yield s
    s.clear()


def test_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 10_000.0 + 5)
    assert is_expired(session) is False


def test_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 10_000.0 + 4000)
    assert is_expired(session) is True
