def getMax(values):
    topScore = values[0]
    for v in values:
        if v > topScore:
            topScore = v
    return topScore


def best_score(scores):
    if not scores:
        return None
    return getMax(scores)


def score_line(player_name, scores):
    # 0 is falsy so truthiness on the best would hide a real 0 score
    topScore = best_score(scores)
    if topScore is None:
        playerLine = f"{player_name}: no games yet"
    else:
        playerLine = f"{player_name}: best {topScore}"
    return playerLine
