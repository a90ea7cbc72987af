from collections.abc import Callable


def make_greeters(names: list[str], *, greeting: str = "Hello") -> dict[str, Callable[[], str]]:
    """Map each name to a zero-argument greeter.

    Late binding: a Python closure does not copy the variables it uses; it
    looks them up in the enclosing scope when it is *called*.  A closure
    created directly in the loop body would therefore see `name` as it is
    after the loop ends.  In JavaScript, `for (const name of names)` makes
    a new `name` for each iteration, so the closures there are already
    independent and no factory function is needed.
    """

    def greeter_for(name: str) -> Callable[[], str]:
        def greeter() -> str:
            return f"{greeting}, {name}!"

        return greeter

    return {name: greeter_for(name) for name in names}
