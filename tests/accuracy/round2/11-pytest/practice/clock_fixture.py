"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


START = 1_700_000_000.0


@pytest.fixture
def session():
    return {"id": "s1", "started_at": START}


@pytest.fixture
def clock(monkeypatch):
    def set_now(seconds):
        monkeypatch.setattr(time, "time", lambda: seconds)
    return set_now


def test_valid_within_ttl(session, clock):
    clock(START + 3599)
    assert is_expired(session) is False


def test_expired_after_ttl(session, clock):
    clock(START + 3601)
    assert is_expired(session) is True
