"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": time.time()}


def test_valid(session):
    assert not is_expired(session, ttl=5)


def test_expired(session):
    time.sleep(0.2)
    assert is_expired(session, ttl=0.1)
