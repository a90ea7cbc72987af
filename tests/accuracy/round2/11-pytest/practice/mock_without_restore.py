"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


from unittest.mock import MagicMock


@pytest.fixture
def session():
    time.time = MagicMock(return_value=1_000_000.0)
    return {"started_at": 1_000_000.0}


def test_valid(session):
    time.time.return_value = 1_000_000.0 + 100
    assert not is_expired(session)


def test_expired(session):
    time.time.return_value = 1_000_000.0 + 5000
    assert is_expired(session)
