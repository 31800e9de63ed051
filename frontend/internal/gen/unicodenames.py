"""Generates ../../unicodenames.txt.gz: the names CPython's \\N{...} accepts.

Run from frontend/internal/gen with the CPython the project targets:
    python3 unicodenames.py
Algorithmic names (CJK/Tangut/... ideographs "PREFIX-HEX", Hangul syllables)
are left out; lookupUnicodeName derives those itself.
"""
import gzip
import sys
import unicodedata

ALGORITHMIC_PREFIXES = ("CJK UNIFIED IDEOGRAPH-", "TANGUT IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-",
                        "NUSHU CHARACTER-", "CJK COMPATIBILITY IDEOGRAPH-", "HANGUL SYLLABLE ")
lines = []
for cp in range(sys.maxunicode + 1):
    name = unicodedata.name(chr(cp), "")
    if not name or name.startswith(ALGORITHMIC_PREFIXES):
        continue
    lines.append("%s;%x" % (name, cp))
with gzip.GzipFile("../../unicodenames.txt.gz", "wb", mtime=0) as f:
    f.write(("\n".join(lines) + "\n").encode())
print(len(lines), "names,", unicodedata.unidata_version)
