"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 5_000.0}


@pytest.fixture
def clock(monkeypatch):
    def set_now(seconds):
        monkeypatch.setattr(time, "time", lambda: seconds)
    return set_now


def test_valid_within_ttl(session, clock):
    clock(5_000.0 + 3_599)
    assert not is_expired(session)


def test_expired_after_ttl(session, clock):
    clock(5_000.0 + 3_601)
    assert is_expired(session)
