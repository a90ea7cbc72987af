from collections.abc import Iterable


def count_words(words: Iterable[str], min_length: int | None = None) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in words:
        if min_length is None or len(word) >= min_length:
            counts[word] = counts.get(word, 0) + 1
    return counts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
