"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


def test_valid(monkeypatch):
    session = {"started_at": 500.0}
    monkeypatch.setattr(time, "time", lambda: 600.0)
    assert not is_expired(session)


def test_expired(monkeypatch):
    session = {"started_at": 500.0}
    monkeypatch.setattr(time, "time", lambda: 500.0 + 3600 + 1)
    assert is_expired(session)
