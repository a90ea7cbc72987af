"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": time.time()}


def test_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: session["started_at"] + 5)
    assert not is_expired(session)


def test_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: session["started_at"] + 3605)
    assert is_expired(session)
