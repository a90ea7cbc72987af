import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


T0 = 50_000.0


@pytest.fixture
def session():
    return {"started_at": T0}


def test_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: T0 + 10)
    assert not is_expired(session)


def test_exactly_ttl_is_not_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: T0 + 3600)
    assert not is_expired(session)


def test_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: T0 + 3600.5)
    assert is_expired(session)
