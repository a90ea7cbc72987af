import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 1000.0}


@pytest.fixture
def clock(monkeypatch):
    now = {"value": 1000.0}
    monkeypatch.setattr(time, "time", lambda: now["value"])
    return now


def test_still_valid(session, clock):
    clock["value"] = 1000.0 + 3599
    assert is_expired(session) is False


def test_expired(session, clock):
    clock["value"] = 1000.0 + 3601
    assert is_expired(session) is True
