def make_greeters(names, *, greeting="Hello"):
    # from stackoverflow "lambda in a for loop only takes last value":
    # Python closures are late binding, default args are evaluated at
    # definition time.  (JS let/const in a loop = new binding each time.)
    out = {}
    for n in names:
        def f(n=n):
            return "%s, %s!" % (greeting, n)
        out[n] = f
    return out
