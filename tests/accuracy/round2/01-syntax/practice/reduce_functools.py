from functools import reduce

# Where truthiness goes wrong: grace's only game scored 0. `if not best:`
# would print "grace: no games yet". An empty list is the real "no games".


def best_score(scores):
    if not scores:
        return None
    return reduce(lambda a, b: a if a >= b else b, scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
