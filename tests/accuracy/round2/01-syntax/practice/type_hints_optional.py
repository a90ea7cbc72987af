"""Scores.

Your explanation: truthiness is the wrong test for the best score, since 0
is falsy. I only use it for "is the list empty".
"""
from typing import Optional


def best_score(scores: list[int]) -> Optional[int]:
    if not scores:
        return None
    return max(scores)


def score_line(player_name: str, scores: list[int]) -> str:
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
