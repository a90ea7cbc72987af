"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


T0 = 1_600_000_000.0


@pytest.fixture
def session():
    return {"started_at": T0, "user_id": 7}


def test_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: T0 + 1800)
    assert not is_expired(session)


def test_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: T0 + 3700)
    assert is_expired(session)


def test_short_ttl(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: T0 + 120)
    assert is_expired(session, ttl=60)
