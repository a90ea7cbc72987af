from collections import Counter


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    return dict(Counter(w for w in words if min_length is None or len(w) >= min_length))


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
