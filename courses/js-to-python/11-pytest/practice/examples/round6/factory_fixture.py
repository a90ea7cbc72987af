"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


NOW = 2_000_000.0


@pytest.fixture
def make_session(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: NOW)

    def make(age_seconds):
        return {"started_at": NOW - age_seconds}

    return make


def test_recent_session_is_valid(make_session):
    assert not is_expired(make_session(age_seconds=30))


def test_old_session_is_expired(make_session):
    assert is_expired(make_session(age_seconds=2 * 3600))
