def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    kept = [w for w in words if min_length is None or len(w) >= min_length]
    return {w: kept.count(w) for w in kept}


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
