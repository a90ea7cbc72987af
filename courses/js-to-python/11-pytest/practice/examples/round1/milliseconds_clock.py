"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


NOW_MS = 1_700_000_000_000


@pytest.fixture
def session():
    # started 50 minutes ago
    return {"started_at": NOW_MS - 50 * 60 * 1000}


def test_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: NOW_MS)
    assert not is_expired(session)


def test_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: NOW_MS + 2 * 60 * 60 * 1000)
    assert is_expired(session)
