"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 1000.0}


def test_valid(session, monkeypatch):
    monkeypatch.setattr("time.time", lambda: 1000.0 + 3599)
    assert is_expired(session) is False


def test_expired(session, monkeypatch):
    monkeypatch.setattr("time.time", lambda: 1000.0 + 7200)
    assert is_expired(session) is True
