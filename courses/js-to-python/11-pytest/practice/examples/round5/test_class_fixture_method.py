import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


class TestIsExpired:
    @pytest.fixture
    def session(self):
        return {"started_at": 42.0}

    def test_valid(self, session, monkeypatch):
        monkeypatch.setattr(time, "time", lambda: 42.0 + 3000)
        assert not is_expired(session)

    def test_expired(self, session, monkeypatch):
        monkeypatch.setattr(time, "time", lambda: 42.0 + 3000)
        assert is_expired(session, ttl=1000)
