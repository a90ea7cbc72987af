import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


STARTED = 1_700_000_000.0


@pytest.fixture
def session():
    return {"user": "ada", "started_at": STARTED}


def test_session_is_valid_within_ttl(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: STARTED + 60)
    assert not is_expired(session)


def test_session_expires_after_ttl(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: STARTED + 3601)
    assert is_expired(session)
