"""Lesson 01 · Practice

Your explanation: truthiness is right for the list (an empty list is falsy)
but wrong for the score, since 0 is falsy as well; so the score is compared
with `is None`.
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
