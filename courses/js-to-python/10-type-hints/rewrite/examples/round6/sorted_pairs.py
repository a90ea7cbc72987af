from collections import Counter


def count_words(words: list[str], min_length: int | None = None) -> list[tuple[str, int]]:
    counts = Counter(w for w in words if min_length is None or len(w) >= min_length)
    return counts.most_common()


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
