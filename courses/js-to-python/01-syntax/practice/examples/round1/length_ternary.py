"""Lesson 01 · Practice

Your explanation: a best score of 0 must not be treated as "no score", and
0 is falsy, so I compare with None.
"""


def best_score(scores):
    return max(scores) if len(scores) > 0 else None


def score_line(player_name, scores):
    best = best_score(scores)
    return f"{player_name}: best {best}" if best != None else f"{player_name}: no games yet"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
