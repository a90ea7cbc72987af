import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl

START = 1_700_000_000.0


@pytest.fixture
def session():
    return {"started_at": START}


@pytest.fixture
def clock(monkeypatch):
    now = {"value": START}
    monkeypatch.setattr(time, "time", lambda: now["value"])
    return now


def test_valid_just_before_ttl(session, clock):
    clock["value"] = START + 3600
    assert is_expired(session) is False


def test_expired_just_after_ttl(session, clock):
    clock["value"] = START + 3601
    assert is_expired(session) is True
