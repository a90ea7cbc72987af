"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


SESSION = None


def setup_function():
    global SESSION
    SESSION = {"started_at": 1000.0}


def test_valid(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1010.0)
    assert not is_expired(SESSION)


def test_expired(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1000.0 + 4000)
    assert is_expired(SESSION)
