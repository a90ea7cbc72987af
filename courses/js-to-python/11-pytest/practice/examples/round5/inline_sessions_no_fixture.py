import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


def test_valid(monkeypatch):
    session = {"started_at": 1000}
    monkeypatch.setattr(time, "time", lambda: 1500)
    assert not is_expired(session)


def test_expired(monkeypatch):
    session = {"started_at": 1000}
    monkeypatch.setattr(time, "time", lambda: 1000 + 7200)
    assert is_expired(session)
