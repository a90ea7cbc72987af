"""monkeypatch requested but never used: the real clock decides."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl

@pytest.fixture
def session():
    return {"user": "ada", "started_at": time.time()}


def test_recent_session_is_not_expired(session, monkeypatch):
    assert not is_expired(session)


def test_old_session_is_expired(session, monkeypatch):
    session["started_at"] -= 7200
    assert is_expired(session)
