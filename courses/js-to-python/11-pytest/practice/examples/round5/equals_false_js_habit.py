import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 0}


def test_isExpired_returns_false_for_new_session(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1)
    assert is_expired(session) == False


def test_isExpired_returns_true_for_old_session(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 3601)
    assert is_expired(session) == True
