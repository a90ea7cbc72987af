# 0 is falsy so don't use truthiness for the best score


def best_score(scores):
    return scores ? Math.max(*scores) : None


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
