"""Lesson 01 · Practice

Your explanation: empty lists are falsy in Python, so `if not scores` is the
test for no games instead of len(scores) == 0.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    if best_score(scores):
        return f"{player_name}: best {best_score(scores)}"
    return f"{player_name}: no games yet"
