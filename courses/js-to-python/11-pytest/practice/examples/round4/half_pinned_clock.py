import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": time.time()}


def test_new_session_is_valid(session):
    assert not is_expired(session)


def test_old_session_is_expired(session, monkeypatch):
    started = session["started_at"]
    monkeypatch.setattr(time, "time", lambda: started + 3601)
    assert is_expired(session)
