"""Lesson 01 · Practice

Your explanation: a score of 0 is falsy, so `if not best:` would report a
player whose best game scored 0 as having no games. The empty list is the
only "nothing" case, so I test the list by truthiness and the best score
with `is None`.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    else if best is not None:
        return f"{player_name}: best {best}"
