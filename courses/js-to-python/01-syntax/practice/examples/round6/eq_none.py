"""Lesson 01 · Practice

Your explanation: 0 is falsy, so a player with a 0 would look like they never
played if I wrote `if not best`. I compare the best score to None instead.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best == None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
