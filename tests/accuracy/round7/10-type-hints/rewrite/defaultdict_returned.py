from collections import defaultdict


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    counts: defaultdict[str, int] = defaultdict(int)
    for word in words:
        if min_length is None or len(word) >= min_length:
            counts[word] += 1
    return counts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
