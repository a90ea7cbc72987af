def best_score(scores):
    return max(scores) if scores else None


# Why `is None` below and not truthiness: grace's only game scored 0.
# 0 is falsy in Python, so `if best_score(scores):` would say she has
# played no games. Truthiness is only right for the list (empty = no games).
def score_line(player_name, scores):
    best = best_score(scores)
    return f"{player_name}: no games yet" if best is None else f"{player_name}: best {best}"
