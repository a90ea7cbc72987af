# Why not truthiness? Because 0 is a legitimate score and it is falsy, so
# `if best:` would behave as if the player had never played. Emptiness of the
# list itself is fine to test by truthiness; a score is not.
def best_score(scores):
    return max(scores) if scores else None


def score_line(player_name, scores):
    best = best_score(scores)
    if best is not None:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"
