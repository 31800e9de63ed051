import datetime
import json
import uuid
from datetime import *  # ERROR "'from datetime import \*' is not supported"
from json import JSONDecoder

encoder = json.JSONEncoder(indent=2)  # ERROR "'json.JSONEncoder' is not supported"
decoder: JSONDecoder = JSONDecoder()  # ERROR "'json.JSONDecoder' can only be used in annotations"
print(uuid.uuid1())  # ERROR "'uuid.uuid1' is not supported"
print(uuid.getnode())  # ERROR "'uuid.getnode' is not supported"
print(datetime.datetime(2024, 1, 1))
