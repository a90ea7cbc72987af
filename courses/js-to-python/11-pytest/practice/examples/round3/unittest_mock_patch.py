from unittest import mock

import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 10_000.0}


def test_valid(session):
    with mock.patch("time.time", return_value=10_000.0 + 60):
        assert not is_expired(session)


def test_expired(session):
    with mock.patch("time.time", return_value=10_000.0 + 3601):
        assert is_expired(session)
