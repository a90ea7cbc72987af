"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


NOW = 1_234_567.0


@pytest.fixture
def frozen_clock(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: NOW)
    return NOW


@pytest.fixture
def session():
    return {"started_at": NOW - 120}


def test_two_minute_old_session_is_valid(frozen_clock, session):
    assert not is_expired(session)


def test_session_from_yesterday_has_expired(frozen_clock, session):
    session["started_at"] = frozen_clock - 86_400
    assert is_expired(session)
