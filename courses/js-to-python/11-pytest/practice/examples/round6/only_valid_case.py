"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 1000.0}


def test_valid_session(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1500.0)
    assert not is_expired(session)
