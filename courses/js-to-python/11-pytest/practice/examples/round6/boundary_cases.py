"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


T0 = 1_000_000.0


@pytest.fixture
def session():
    return {"id": "abc", "started_at": T0}


@pytest.fixture
def clock(monkeypatch):
    def set_now(now):
        monkeypatch.setattr(time, "time", lambda: now)
    return set_now


def test_fresh_session_is_valid(session, clock):
    clock(T0 + 1)
    assert not is_expired(session)


def test_session_at_exactly_ttl_is_still_valid(session, clock):
    clock(T0 + 3600)
    assert not is_expired(session)


def test_session_past_ttl_has_expired(session, clock):
    clock(T0 + 3601)
    assert is_expired(session)
