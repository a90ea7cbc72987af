def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    # keep only the words long enough (all of them when no minimum is given)
    kept = [w for w in words if min_length is None or len(w) >= min_length]
    counts = dict.fromkeys(kept, 0)
    for w in kept:
        counts[w] += 1
    return counts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
