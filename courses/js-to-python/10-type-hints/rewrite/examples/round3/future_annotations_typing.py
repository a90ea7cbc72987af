from __future__ import annotations


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    result: dict[str, int] = {}
    for w in words:
        if min_length is not None and len(w) < min_length:
            continue
        result[w] = result.get(w, 0) + 1
    return result


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
