"""Lesson 01 · Practice

Your explanation: in JavaScript [] is truthy so you need scores.length === 0,
but in Python an empty list is falsy, so `if not scores` works.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
