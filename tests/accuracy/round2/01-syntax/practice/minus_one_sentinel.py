# 0 is a real score and falsy, so I use -1 to mean "no games" instead of
# relying on truthiness.


def best_score(scores):
    if not scores:
        return -1
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best == -1:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
