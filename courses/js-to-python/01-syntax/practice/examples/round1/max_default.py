"""Lesson 01 · Practice

Explanation: best_score lets max() handle the empty list via default=None.
In score_line I compare with `is None`, because a best score of 0 is falsy:
`if not best` would tell grace she has no games.
"""


def best_score(scores):
    return max(scores, default=None)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
