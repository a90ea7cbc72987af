"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def freshSession():
    return {"started_at": 1000.0}


def testSessionIsValid(freshSession, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1000.0 + 1000)
    assert not is_expired(freshSession)


def testSessionHasExpired(freshSession, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1000.0 + 5000)
    assert is_expired(freshSession)
