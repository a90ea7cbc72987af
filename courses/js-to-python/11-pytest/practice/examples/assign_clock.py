"""time.time replaced by hand, like assigning Date.now, and never restored."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl
STARTED = 1_700_000_000.0


@pytest.fixture
def session():
    return {"user": "ada", "started_at": STARTED}


def fake_clock(seconds):
    return lambda: STARTED + seconds


def test_recent_session_is_not_expired(session):
    time.time = fake_clock(60)
    assert not is_expired(session)


def test_old_session_is_expired(session):
    time.time = fake_clock(7200)
    assert is_expired(session)
