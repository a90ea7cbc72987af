"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"user": "ada", "started_at": 1_000_000.0}


def expect_true(value):
    return value is True


def expect_false(value):
    return value is False


def test_session_still_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1_000_000.0 + 60)
    expect_false(is_expired(session))


def test_session_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1_000_000.0 + 3601)
    expect_true(is_expired(session))
