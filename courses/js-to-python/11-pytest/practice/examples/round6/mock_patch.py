"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


from unittest import mock


@pytest.fixture
def session():
    return {"started_at": 1000.0}


def test_valid(session):
    with mock.patch("time.time", return_value=1200.0):
        assert not is_expired(session)


def test_expired(session):
    with mock.patch("time.time", return_value=1000.0 + 3700):
        assert is_expired(session)
