"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


def test_valid(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 5000.0)
    session = {"started_at": 4000.0}
    assert not is_expired(session)


def test_expired(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 9000.0)
    session = {"started_at": 4000.0}
    assert is_expired(session)
