"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


FIXED_NOW = 1_234_567.0


@pytest.fixture
def session(monkeypatch):
    # Initialise a brand-new session for every test and freeze the clock,
    # so the behaviour never depends on the machine's time.
    monkeypatch.setattr(time, "time", lambda: FIXED_NOW)
    return {"started_at": FIXED_NOW - 100}


def test_session_still_valid(session):
    assert not is_expired(session)


def test_session_expired_once_ttl_is_smaller(session):
    assert is_expired(session, ttl=50)
