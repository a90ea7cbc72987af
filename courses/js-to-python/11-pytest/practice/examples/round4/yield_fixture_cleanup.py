import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    data = {"token": "abc", "started_at": 10_000}
    yield data
    data.clear()  # nothing shared survives the test


def test_fresh_session_is_not_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 10_000 + 1)
    assert is_expired(session) == False


def test_old_session_is_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 10_000 + 3600 * 2)
    assert is_expired(session) == True
