"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"user": "ada", "started_at": 1_000_000.0}


@pytest.fixture
def at(monkeypatch, session):
    def move_to(offset):
        monkeypatch.setattr(time, "time", lambda: session["started_at"] + offset)
    return move_to


def test_valid_at_exactly_ttl(session, at):
    at(3600)
    assert not is_expired(session)


def test_expired_one_second_after_ttl(session, at):
    at(3601)
    assert is_expired(session)


def test_custom_ttl(session, at):
    at(61)
    assert is_expired(session, ttl=60)
