"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"user": "ada", "started_at": 1_000_000.0}


def test_valid(session, monkeypatch):
    monkeypatch.setitem(session, "started_at", time.time() - 10)
    assert not is_expired(session)


def test_expired(session, monkeypatch):
    monkeypatch.setitem(session, "started_at", time.time() - 10_000)
    assert is_expired(session)
