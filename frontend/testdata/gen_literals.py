"""Writes literals.json: CPython's value for each `v = LITERAL` line of literals.py.

Run from frontend/testdata with python3 (CPython 3.11): python3 gen_literals.py
"""
import ast
import json
import math

out = []
with open("literals.py", encoding="utf-8") as f:
    tree = ast.parse(f.read())
for stmt in tree.body:
    v = ast.literal_eval(stmt.value)
    line = stmt.lineno
    if isinstance(v, bytes):
        out.append({"line": line, "kind": "bytes", "bytes": list(v)})
    elif isinstance(v, str):
        out.append({"line": line, "kind": "str", "str": v})
    elif isinstance(v, int):
        out.append({"line": line, "kind": "int", "int": str(v)})
    elif isinstance(v, float):
        out.append({"line": line, "kind": "float", "float": "inf" if math.isinf(v) else repr(v)})
with open("literals.json", "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1, ensure_ascii=True)
    f.write("\n")
