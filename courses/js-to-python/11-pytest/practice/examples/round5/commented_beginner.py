import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


# In Jest I would use beforeEach + let session. In pytest a fixture gives every
# test its own fresh session, just by naming it as a parameter.
@pytest.fixture
def session():
    # started at a fixed, made-up time so the test never depends on the real clock
    return {"started_at": 1_000.0}


def test_session_still_valid(session, monkeypatch):
    # pretend it is 30 minutes later
    monkeypatch.setattr(time, "time", lambda: 1_000.0 + 30 * 60)
    # 30 minutes < 1 hour, so not expired
    assert is_expired(session) is False


def test_session_expired(session, monkeypatch):
    # pretend it is 2 hours later
    monkeypatch.setattr(time, "time", lambda: 1_000.0 + 2 * 60 * 60)
    # 2 hours > 1 hour, so expired
    assert is_expired(session) is True
