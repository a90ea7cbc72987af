"""Lesson 01 · Practice

Your explanation: a score of 0 is falsy, so `if not best:` would print
"no games yet" for a player whose only game scored 0. The list itself is a
fine truthiness test (empty means no games), but the best score has to be
compared with `is None`.
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
