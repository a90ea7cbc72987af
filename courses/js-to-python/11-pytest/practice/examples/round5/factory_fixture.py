import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


NOW = 1_000_000.0


@pytest.fixture
def make_session():
    def make(age_seconds):
        return {"started_at": NOW - age_seconds}
    return make


@pytest.fixture(autouse=True)
def frozen_time(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: NOW)


def test_recent_session_is_valid(make_session):
    assert not is_expired(make_session(age_seconds=59))


def test_old_session_has_expired(make_session):
    assert is_expired(make_session(age_seconds=3601))
