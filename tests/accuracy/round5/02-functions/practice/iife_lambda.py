def make_greeters(names, *, greeting="Hello"):
    # Like an IIFE in old-school JS (before let): calling the outer lambda
    # right away creates a new scope per name, because Python closures bind
    # late and would otherwise all see the loop's last value. With const in
    # a for...of loop, JavaScript gives each iteration its own binding.
    return {name: (lambda n: lambda: f"{greeting}, {n}!")(name) for name in names}
