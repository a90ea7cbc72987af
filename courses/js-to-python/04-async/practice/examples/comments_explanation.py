import asyncio


# The user and the posts are independent requests, so gather runs them together.
# Without that, I would stay synchronous: for a one-off script, or when each
# call depends on the one before, plain functions are simpler to follow.
async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    return {"user": user, "posts": posts}
