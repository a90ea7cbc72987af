"""Lesson 01 · Practice

Your explanation: max() raises ValueError on an empty list, so I catch it and
return None. For the score line I must use `is None`: a best of 0 is falsy and
`if not best:` would wrongly say the player has no games.
"""


def best_score(scores):
    try:
        return max(scores)
    except ValueError:
        return None


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
