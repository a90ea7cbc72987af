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
    assert not is_expired(session, ttl=1)


def test_expired(session):
    time.sleep(1.1)
    assert is_expired(session, ttl=1)
