"""Why not truthiness everywhere: a player can score 0, and 0 is falsy,
so checking `if not best` would mistake a real 0 for "no score".
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
