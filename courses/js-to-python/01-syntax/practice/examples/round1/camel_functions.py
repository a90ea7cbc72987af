"""Lesson 01 · Practice

Your explanation: 0 is falsy in Python (as in JS), so the best score must be
checked against None, not by truthiness.
"""


def bestScore(scores):
    if not scores:
        return None
    return max(scores)


def scoreLine(playerName, scores):
    best = bestScore(scores)
    if best is None:
        return f"{playerName}: no games yet"
    return f"{playerName}: best {best}"


best_score = bestScore
score_line = scoreLine


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
