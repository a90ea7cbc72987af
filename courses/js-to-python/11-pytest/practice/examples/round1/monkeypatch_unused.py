"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": time.time() - 60}


def test_valid(session, monkeypatch):
    assert not is_expired(session)


def test_expired(session, monkeypatch):
    assert is_expired(session, ttl=30)
