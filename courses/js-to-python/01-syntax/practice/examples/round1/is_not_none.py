"""Lesson 01 · Practice

My explanation: checking the best score with `if best:` would skip a
legitimate 0 (falsy), which is why I test `is not None` instead.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is not None:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
