import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 500.0}


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 600.0)


def test_valid_with_short_ttl(session):
    assert not is_expired(session, ttl=120)


def test_expired_with_shorter_ttl(session):
    assert is_expired(session, ttl=60)
