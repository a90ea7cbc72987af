"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


class TestIsExpired:
    def setup_method(self):
        self.session = {"started_at": 1000.0}

    def test_valid(self, monkeypatch):
        monkeypatch.setattr(time, "time", lambda: 1200.0)
        assert not is_expired(self.session)

    def test_expired(self, monkeypatch):
        monkeypatch.setattr(time, "time", lambda: 9999.0)
        assert is_expired(self.session)
