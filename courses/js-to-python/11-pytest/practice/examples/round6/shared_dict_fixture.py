"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


SESSION = {"started_at": 500.0}


@pytest.fixture
def session():
    return SESSION


def test_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 600.0)
    assert not is_expired(session)


def test_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 500.0 + 3601)
    assert is_expired(session)
