"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


def expect(actual):
    class _Expect:
        def to_be(self, expected):
            if actual is not expected:
                raise AssertionError(f"expected {expected}, got {actual}")
    return _Expect()


@pytest.fixture
def session():
    return {"started_at": 1000.0}


def test_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1100.0)
    expect(is_expired(session)).to_be(False)


def test_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 8000.0)
    expect(is_expired(session)).to_be(True)
