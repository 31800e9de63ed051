"""A docstring may precede future imports."""
from __future__ import annotations
from __future__ import (generator_stop, division as d)
from __future__ import braces  # ERROR "not a chance"
from __future__ import walrus  # ERROR "future feature walrus is not defined"
from __future__ import barry_as_FLUFL  # ERROR "'from __future__ import barry_as_FLUFL' is not supported"
import asyncio
from __future__ import nested_scopes  # ERROR "from __future__ imports must occur at the beginning of the file"


def f(x: NotEvaluated) -> AlsoNotEvaluated:
    from __future__ import annotations  # ERROR "from __future__ imports must occur at the beginning of the file"
    return x


print(d, annotations)  # ERROR "'d' is the feature object `from __future__ import division` binds" "'annotations' is the feature object"
