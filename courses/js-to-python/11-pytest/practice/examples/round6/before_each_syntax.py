"""Tests for is_expired."""
import time

import pytest


def is_expired(session, ttl=3600):
    """True when the session started more than `ttl` seconds ago."""
    return time.time() - session["started_at"] > ttl


let_session = None

beforeEach(() => {
    let_session = {"started_at": 1000}
})

def test_valid(monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1001)
    assert not is_expired(let_session)
