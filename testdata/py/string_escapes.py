# String literal escapes, raw strings, unicode lengths, and reprs that escape.
s = "tab:\there\nnewline \\ backslash \' single \" double"
print(s)
print(repr(s))
print("\x41\x42 \u00e9 \U0001F600 \N{GREEK SMALL LETTER ALPHA} \101 \0end".replace("\0", "<NUL>"))
print(repr("\x00\x07\x1b\x7f"), repr("é\u200b"), repr("\r\n"), repr("\\"))
print(r"raw \n \t \d+", len(r"\n"), len("\n"))
print("""triple "quoted" with 'both'
second line""")
print('it\'s', "say \"hi\"", 'mixed "double" only', "mixed 'single' only")
print(len("héllo wörld"), len("😀"), ord("é"), chr(0x263A))
print("concatenated " "literals", "a" * 3, "-".join(["x", "y", "z"]))
print(ascii("naïve ☃"), repr("☃"), str("☃"))
print("line1\\nstill line1")
print(f"tab\tin f-string {'q'!r} {{}}", "{0!r:>6}|".format("a"))
