"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"user": "ada", "started_at": 1_000_000.0}


class TestIsExpired:
    def test_valid(self, session, monkeypatch):
        monkeypatch.setattr(time, "time", lambda: session["started_at"] + 3000)
        assert not is_expired(session)

    def test_expired(self, session, monkeypatch):
        monkeypatch.setattr(time, "time", lambda: session["started_at"] + 3000)
        assert is_expired(session, ttl=2999)
