"""A score of 0 is falsy, so I check for the missing score with is None."""


def bestScore(scores):
    if not scores:
        return None
    return max(scores)


def scoreLine(playerName, scores):
    topScore = bestScore(scores)
    if topScore is None:
        return f"{playerName}: no games yet"
    return f"{playerName}: best {topScore}"
