"""Waits for real time to pass instead of pinning the clock."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl

@pytest.fixture
def session():
    return {"user": "ada", "started_at": time.time()}


def test_recent_session_is_not_expired(session):
    assert not is_expired(session)


def test_old_session_is_expired(session):
    time.sleep(0.02)
    assert is_expired(session, ttl=0.01)
