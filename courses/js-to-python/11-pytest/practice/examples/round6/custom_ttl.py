"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 100.0}


def test_valid_with_short_ttl(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 130.0)
    assert not is_expired(session, ttl=60)


def test_expired_with_short_ttl(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 161.0)
    assert is_expired(session, ttl=60)


def test_expired_with_default_ttl(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 100.0 + 3601)
    assert is_expired(session)
