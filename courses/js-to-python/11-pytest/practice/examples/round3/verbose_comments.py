import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl

# A fixed moment in time, so the tests never depend on the real clock.
NOW = 1_000_000.0


# The fixture replaces Jest's beforeEach: each test that names `session`
# as a parameter gets its own brand-new dict.
@pytest.fixture
def session():
    return {"user_id": 7, "started_at": NOW}


def test_session_started_a_minute_ago_is_valid(session, monkeypatch):
    # monkeypatch puts the real time.time back after the test
    monkeypatch.setattr(time, "time", lambda: NOW + 60)
    assert is_expired(session) is False


def test_session_started_two_hours_ago_has_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: NOW + 2 * 3600)
    assert is_expired(session) is True
