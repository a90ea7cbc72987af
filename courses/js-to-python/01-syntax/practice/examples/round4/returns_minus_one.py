"""-1 means no score. We can't use 0 for that because 0 is a real score
(and it would also be falsy, so `if not best` would be wrong)."""


def best_score(scores):
    if not scores:
        return -1
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best == -1:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
