import json

def loadSettings(path):
    try:
        text = open(path).read()
    except:
        return {"theme": "light"}
    try:
        return json.loads(text)
    except Exception as err:
        raise Exception(f"bad settings in {path}")
