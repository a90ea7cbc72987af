"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def fresh_session():
    return {"started_at": time.time()}


@pytest.fixture
def old_session():
    return {"started_at": time.time() - 7200}


def test_valid(fresh_session):
    assert not is_expired(fresh_session)


def test_expired(old_session):
    assert is_expired(old_session)
