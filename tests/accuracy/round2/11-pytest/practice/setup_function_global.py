"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


SESSION = {}


def setup_function():
    SESSION.clear()
    SESSION.update({"user": "ada", "started_at": 1_000_000.0})


def test_valid(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1_000_000.0 + 5)
    assert not is_expired(SESSION)


def test_expired(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1_000_000.0 + 5000)
    assert is_expired(SESSION)
