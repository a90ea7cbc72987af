"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


NOW = 50_000.0


@pytest.fixture
def make_session():
    def _make(age_seconds):
        return {"started_at": NOW - age_seconds}
    return _make


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: NOW)


def test_fresh_session_is_valid(make_session):
    assert not is_expired(make_session(1800))


def test_stale_session_has_expired(make_session):
    assert is_expired(make_session(4000))
