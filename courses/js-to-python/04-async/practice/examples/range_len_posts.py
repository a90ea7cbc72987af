"""Both requests are independent, so gather runs them at once.

For a script that makes a single call, plain synchronous code is simpler.
"""
import asyncio


async def load_user_and_posts(user_id):
    user, posts = await asyncio.gather(fetch_user(user_id), fetch_posts(user_id))
    titles = []
    for i in range(len(posts)):
        titles.append(posts[i]["title"])
    if len(titles) > 0:
        return {"user": user, "posts": posts, "titles": titles}
    return {"user": user, "posts": posts, "titles": []}
