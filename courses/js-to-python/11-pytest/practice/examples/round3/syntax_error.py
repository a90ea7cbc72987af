import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl

beforeEach(() => {
    session = {"started_at": 0}
})


def test_valid(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1.0)
    assert not is_expired(session)
