"""Tests for is_expired."""
import time

import pytest

from sessions import is_expired


@pytest.fixture
def session():
    return {"started_at": 1000.0}


def test_valid(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1100.0)
    assert not is_expired(session)


def test_expired(session, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 8000.0)
    assert is_expired(session)
