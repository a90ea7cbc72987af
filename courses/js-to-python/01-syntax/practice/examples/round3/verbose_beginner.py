# best_score returns the highest score, or None if the list is empty.
def best_score(scores):
    # empty list is falsy, so this catches []
    if not scores:
        return None
    highest = scores[0]
    for score in scores:
        if score > highest:
            highest = score
    return highest


# score_line builds the text for one player.
def score_line(player_name, scores):
    best = best_score(scores)
    # IMPORTANT: I can't write `if not best:` here, because a best score
    # of 0 is falsy and the player would look like they never played.
    # `is None` only matches the real "no value".
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
