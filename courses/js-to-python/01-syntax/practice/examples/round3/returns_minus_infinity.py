def best_score(scores):
    return max(scores, default=float("-inf"))


def score_line(player_name, scores):
    best = best_score(scores)
    if best == float("-inf"):
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
