"""A clock fixture built on monkeypatch, requested next to session."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl
STARTED = 1_700_000_000.0


@pytest.fixture
def session():
    return {"user": "ada", "started_at": STARTED}


@pytest.fixture
def clock(monkeypatch):
    def set_age(seconds):
        monkeypatch.setattr(time, "time", lambda: STARTED + seconds)
    return set_age


def test_recent_session_is_not_expired(session, clock):
    clock(60)
    assert not is_expired(session)


def test_old_session_is_expired(session, clock):
    clock(7200)
    assert is_expired(session)
