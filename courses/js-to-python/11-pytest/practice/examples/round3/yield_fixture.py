import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    data = {"started_at": 50.0}
    yield data
    data.clear()  # nothing to release really, shows where teardown goes


def test_valid_with_short_ttl(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 55.0)
    assert not is_expired(session, ttl=10)


def test_expired_with_short_ttl(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 61.0)
    assert is_expired(session, ttl=10)
