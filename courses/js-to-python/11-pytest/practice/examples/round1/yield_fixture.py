"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


FROZEN = 2_000_000.0


@pytest.fixture
def session():
    data = {"user": "grace", "started_at": FROZEN}
    yield data
    data.clear()  # nothing leaks into the next test


def test_is_valid_half_an_hour_in(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: FROZEN + 30 * 60)
    assert not is_expired(session)


def test_is_expired_two_hours_in(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: FROZEN + 2 * 3600)
    assert is_expired(session)
