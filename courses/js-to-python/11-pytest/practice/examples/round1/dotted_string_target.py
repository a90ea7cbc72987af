"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


NOW = 1_000_000.0


@pytest.fixture
def session():
    return {"id": "abc123", "started_at": NOW - 10}


def test_recent_session_is_valid(session, monkeypatch):
    monkeypatch.setattr("time.time", lambda: NOW + 1200)
    assert is_expired(session) is False


def test_old_session_is_expired(session, monkeypatch):
    monkeypatch.setattr("time.time", lambda: NOW + 7200)
    assert is_expired(session) is True
