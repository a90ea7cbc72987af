"""Jest-style camelCase names for the tests."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl
STARTED = 1_700_000_000.0


@pytest.fixture
def session():
    return {"user": "ada", "started_at": STARTED}


def testRecentSessionIsNotExpired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: STARTED + 60)
    assert not is_expired(session)


def testOldSessionIsExpired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: STARTED + 7200)
    assert is_expired(session)
