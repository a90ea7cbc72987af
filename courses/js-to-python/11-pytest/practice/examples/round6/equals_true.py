"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 50.0}


def test_not_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 60.0)
    assert is_expired(session) == False


def test_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 50.0 + 3600 + 1)
    assert is_expired(session) == True
