def make_greeters(names, *, greeting="Hello"):
    out = {}
    for n in names:
        def g(n=n):  # closures bind late; JS const rebinds per iteration
            return f"{greeting}, {n}!"
        out[n] = g
    return out
