"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    data = {"user": "grace", "started_at": 10_000.0}
    yield data
    data.clear()


def test_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 10_000.0 + 10)
    assert not is_expired(session)


def test_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 10_000.0 + 3600 * 2)
    assert is_expired(session)
