# 0 is falsy, so `if best:` alone would drop a real score of 0.


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best or best == 0:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"
