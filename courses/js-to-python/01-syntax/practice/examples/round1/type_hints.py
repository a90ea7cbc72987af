"""Lesson 01 · Practice

Your explanation: truthiness is the wrong test for the result of best_score,
because 0 and None are both falsy. Only None means "no games".
"""


from typing import Optional


def best_score(scores: list[int]) -> Optional[int]:
    if not scores:
        return None
    return max(scores)


def score_line(player_name: str, scores: list[int]) -> str:
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
