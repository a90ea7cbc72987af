from collections import defaultdict


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    counts = defaultdict(int)
    for word in words:
        if min_length is not None and len(word) < min_length:
            continue
        counts[word] += 1
    return counts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
