import time
from unittest import mock

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


@pytest.fixture
def session():
    return {"started_at": 1000}


@mock.patch("time.time", return_value=1100)
def test_still_valid(mock_time, session):
    assert not is_expired(session)


@mock.patch("time.time", return_value=99999)
def test_expired(mock_time, session):
    assert is_expired(session)
