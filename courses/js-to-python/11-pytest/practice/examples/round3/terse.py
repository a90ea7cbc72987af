import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 0}


@pytest.fixture
def at(monkeypatch):
    return lambda t: monkeypatch.setattr(time, "time", lambda: t)


def test_valid(session, at):
    at(3000)
    assert not is_expired(session)


def test_expired(session, at):
    at(4000)
    assert is_expired(session)
