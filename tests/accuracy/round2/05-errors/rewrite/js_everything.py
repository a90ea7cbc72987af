import json


def load_settings(path):
    fileText = None
    try:
        fileHandle = open(path, "r")
        fileText = fileHandle.read()
        fileHandle.close()
    except Exception as err:
        if getattr(err, "errno", None) == 2:
            return {"theme": "light"}
        raise err
    try:
        return json.loads(fileText)
    except Exception as err:
        raise Exception("bad settings in " + path)
