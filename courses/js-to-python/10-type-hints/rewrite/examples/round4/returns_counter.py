from collections import Counter


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    if min_length is None:
        return Counter(words)
    return Counter(word for word in words if len(word) >= min_length)


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
