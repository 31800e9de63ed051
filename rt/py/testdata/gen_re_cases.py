#!/usr/bin/env python3
"""Writes rt/py/testdata/re_cases.json: what CPython 3.11's re does on a
table of patterns and strings, for rt/py's regular expression engine.

    python3 rt/py/testdata/gen_re_cases.py > rt/py/testdata/re_cases.json

Each match case runs search, match, fullmatch, findall, finditer and split
of one pattern on one string and records their results as reprs; a match is
summarised as (span, groups, lastindex, lastgroup, group spans). Sub cases
record re.subn with a template; error cases record str() of the re.error
(or the exception's type and message) that compiling raises.
TestRECases (re_test.go) replays the table, and regenerates it when
python3 is present to check the file is current.
"""
import json
import os
import re
import sys
import traceback

assert sys.version_info[:2] == (3, 11), "the table must come from CPython 3.11"

I, M, S, X, A = re.I, re.M, re.S, re.X, re.A

MATCH = [
    # literals, classes, anchors
    ("abc", 0, ["abc", "xabcx", "ab", ""]),
    ("a.c", 0, ["abc", "a\nc", "ac"]),
    ("a.c", S, ["a\nc"]),
    ("^abc$", 0, ["abc", "abc\n", "abc\nabc", "x"]),
    ("^abc$", M, ["x\nabc\ny", "abc\n"]),
    (r"\Aab\Z", 0, ["ab", "ab\n"]),
    (r"^", M, ["a\nb\n"]),
    (r"$", M, ["a\nb\n"]),
    (r"$", 0, ["a\nb\n"]),
    (r"[a-z]+", 0, ["Hello World", "123"]),
    (r"[^a-z]+", 0, ["Hello World"]),
    (r"[\d.]+", 0, ["v1.25 and 3.14"]),
    (r"[]a]+", 0, ["]a]b"]),
    (r"[a-]+", 0, ["a-b--"]),
    (r"[\w-]+@[\w.-]+", 0, ["mail bob-x@ex.co.uk now"]),
    (r"\d+", 0, ["a12b345", "٣٤٥ and 12", "no"]),
    (r"\d+", A, ["٣٤٥ and 12"]),
    (r"\w+", 0, ["héllo wörld_1 ñ", "日本語 text"]),
    (r"\w+", A, ["héllo wörld_1"]),
    (r"\s+", 0, ["a \t\nb\u00a0c\u2003d\x1ce"]),
    (r"\s+", A, ["a \t\nb\u00a0c"]),
    (r"\W+|\S+|\D", 0, ["ab, cd!"]),
    (r"\bfoo\b", 0, ["foo", "a foo.", "foobar", "café foo", "éfoo"]),
    (r"\Bo\B", 0, ["foo boo"]),
    (r"\b", 0, ["", "ab cd"]),
    (r"\B", 0, ["", "ab"]),
    # alternation order, repeats
    ("a|ab", 0, ["ab"]),
    ("ab|a", 0, ["ab"]),
    ("(a|ab)(c|bcd)(d*)", 0, ["abcd"]),
    ("a*", 0, ["aaa", "baaa", ""]),
    ("a*?", 0, ["aaa"]),
    ("a+?b", 0, ["aaab"]),
    ("a{2,3}", 0, ["aaaa", "a", "aaaaaaa"]),
    ("a{2,3}?", 0, ["aaaa"]),
    ("a{,2}", 0, ["aaa"]),
    ("a{3}", 0, ["aaaa"]),
    ("a{2,}", 0, ["aaaaa"]),
    ("x{", 0, ["x{"]),
    ("x{1,a}", 0, ["x{1,a}"]),
    ("x{}", 0, ["x{}"]),
    ("(ab)*", 0, ["ababab", "abababa"]),
    ("(ab)+?", 0, ["ababab"]),
    ("(a|b)*c", 0, ["abbac"]),
    ("(a*)*", 0, ["b", "aab"]),
    ("(a*)+", 0, ["b", "aab"]),
    ("(a?)*?b", 0, ["aab"]),
    ("(a|)*b", 0, ["aab"]),
    ("(?:a|())*b", 0, ["aab"]),
    ("(a*?)*?$", 0, ["aa"]),
    ("((a)|b)+", 0, ["ab", "ba"]),
    ("(?:(a)|b)*", 0, ["ab", "ba"]),
    ("(?:(a)|(b))*", 0, ["abab", "ba"]),
    ("(a)|(b)", 0, ["b"]),
    ("((a)(b)?)+", 0, ["aba"]),
    ("(x)?(y)?z", 0, ["yz", "z"]),
    (r"(\w+)\s(\w+)", 0, ["hello world foo"]),
    (r"(.*)-(.*)", 0, ["a-b-c"]),
    (r"(.*?)-(.*)", 0, ["a-b-c"]),
    (r"(\d+)(?:px|em)?", 0, ["12px 3em 4"]),
    # backreferences, named groups, conditionals
    (r"(\w)\1", 0, ["hello", "abc", "aabb"]),
    (r"(?P<word>\w+) (?P=word)", 0, ["the the cat", "the cat"]),
    (r"(?P<q>['\"]).*?(?P=q)", 0, ["say 'hi' and \"yo\""]),
    (r"(a)?(?(1)b|c)", 0, ["ab", "c", "ac", "b"]),
    (r"(?P<lt><)?\w+(?(lt)>)", 0, ["<tag>", "tag", "<tag"]),
    (r"(?:(a)|b)(?(1)x|y)", 0, ["ax", "by", "ay", "bx"]),
    (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", 0, ["abcdefghijj", "abcdefghija0"]),
    (r"(a)\1*", 0, ["aaab"]),
    (r"(?i)(a)\1", 0, ["aA"]),
    # lookaround
    (r"foo(?=bar)", 0, ["foobar", "foobaz"]),
    (r"foo(?!bar)", 0, ["foobar", "foobaz"]),
    (r"(?<=\$)\d+", 0, ["cost $42 or 7"]),
    (r"(?<!\$)\b\d+", 0, ["cost $42 or 7"]),
    (r"(?<=ab|cd)x", 0, ["abx cdx ex"]),
    (r"(?=(\w+))\w", 0, ["ab"]),
    (r"(?!(a)b)a", 0, ["ac", "ab"]),
    (r"\w+(?<=ing)\b", 0, ["running and jumped singing"]),
    (r"(?<=(a))b", 0, ["ab"]),
    (r"^(?=.*\d)(?=.*[a-z]).{6,}$", 0, ["abc123", "abcdef", "12"]),
    # atomic groups, possessive
    (r"(?>a+)b", 0, ["aaab"]),
    (r"(?>a+)ab", 0, ["aaab"]),
    (r"a++b", 0, ["aaab"]),
    (r"a++ab", 0, ["aaab"]),
    (r"(?>(a)|ab)c", 0, ["abc", "ac"]),
    (r"(ab)*+a", 0, ["ababa"]),
    (r"x?+x", 0, ["x"]),
    (r"\d*+\.", 0, ["12.5"]),
    # sre's capture marks: restored by a failed iteration of a repeat, not
    # by a failed lazy tail nor inside a possessive repeat's iteration
    (r"(?:(.)c|.)*+", 0, ["xcab"]),
    (r"(?:(.)|x?)*+", 0, ["ab"]),
    (r"((?:([^a]))*+)", 0, ["\nc a"]),
    (r"(b|(b)(?:(?(1)x|A))*?)a", 0, ["bAa"]),
    (r"((?(2)c|(a)+?))*?$", 0, ["aa"]),
    (r"(?:(?>\w)+){2}+$", 0, ["Bbb", "xBbb"]),
    (r"(?:((\s))+)*+c\1", 0, [" c "]),
    # flags
    (r"hello", I, ["HeLLo", "HELLO world"]),
    (r"[a-z]+", I, ["MiXeD Case"]),
    (r"[^a-z]", I, ["aB1"]),
    (r"straße", I, ["STRASSE", "STRAßE"]),
    (r"k", I, ["K", "\u212a", "k"]),
    (r"[k]", I, ["\u212a"]),
    (r"[a-z]", I, ["\u212a", "\u0130", "\u017f"]),
    (r"s", I, ["\u017f", "S"]),
    (r"\u03c3", I, ["\u03a3", "\u03c2"]),
    (r"i", I, ["\u0130", "\u0131", "I"]),
    (r"[^k]", I, ["\u212a", "K"]),
    (r"[k-m]+", I, ["KLM\u212a"]),
    (r"hello", I | A, ["HELLO"]),
    (r"k", I | A, ["\u212a"]),
    (r"(?i)ab(?-i:C)d", 0, ["ABCD", "ABcD"]),
    (r"a(?i:b)c", 0, ["aBc", "ABC"]),
    (r"(?i:a)*", 0, ["AaA"]),
    (r"(?s:.)+", 0, ["a\nb"]),
    (r"(?m)^x", 0, ["a\nx"]),
    (r"(?a)\w+", 0, ["héllo"]),
    (r"(?x) a b  # comment\n c", 0, ["abc"]),
    (r"a b c", X, ["abc"]),
    (r"[ ]x", X, [" x"]),
    (r"a\ b", X, ["a b"]),
    (r"(?x)a#b", 0, ["a#b", "a"]),
    (r"(?#comment)ab", 0, ["ab"]),
    # escapes
    (r"\x41\u00e9\U0001F600\101\0\n\t\.", 0, ["A\u00e9\U0001F600A\x00\n\t."]),
    (r"[\x41-\x43]+", 0, ["ABCD"]),
    (r"\$\(\)\*\+\?\[\]\^\{\}\|\\", 0, ["$()*+?[]^{}|\\"]),
    (r"[\b]", 0, ["\b"]),
    (r"\012", 0, ["\n"]),
    # empty matches and scanning
    (r"", 0, ["abc"]),
    (r"x*", 0, ["axbxx"]),
    (r"\b|x", 0, ["a x"]),
    (r"a|", 0, ["bab"]),
    (r"(?=a)|a", 0, ["aa"]),
    (r"^|a", 0, ["aa"]),
    (r"\s*", 0, ["a b  c"]),
    (r"(,)|(;)", 0, ["a,b;c"]),
    (r"(?:,)", 0, ["a,,b"]),
    (r"[,;]\s*", 0, ["a, b;c,  d"]),
    # realistic
    (r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})", 0, ["at 2024-03-15T10:30 ok"]),
    (r"(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<ts>[^\]]+)\] \"(?P<method>GET|POST) (?P<path>\S+)", 0,
     ['10.0.0.1 - - [10/Oct/2000:13:55:36] "GET /index.html HTTP/1.0" 200']),
    (r"^[\w.+-]+@[\w-]+\.[\w.]+$", 0, ["user.name+tag@example.co.uk", "bad@", "@x.y"]),
    (r"(?P<key>\w+)=(?P<value>[^;]*);?", 0, ["a=1;b=two;c="]),
    (r"\s*(?:(\d+\.?\d*)|(\w+)|(\S))", 0, ["x = 3.14 * (y + 2)"]),
]

SUB = [
    (r"(\w+) (\w+)", 0, r"\2 \1", "hello world, good day", 0),
    (r"(?P<first>\w+) (?P<last>\w+)", 0, r"\g<last>, \g<first>", "John Smith", 0),
    (r"a", 0, r"\g<0>\g<0>", "banana", 2),
    (r"x*", 0, "-", "abxd", 0),
    (r"(a)|b", 0, r"[\1]", "abc", 0),
    (r"\d", 0, r"\n\t\\", "1a2", 0),
    (r"(\d)", 0, r"\10", "5", 0),
    (r"(\d)", 0, r"\0\101", "5", 0),
    (r"", 0, "-", "abc", 0),
    (r"o", 0, "0", "foo boo", -1),
    (r"(?i)HELLO", 0, "bye", "hello Hello", 0),
]

ERRORS = [(p, 0) for p in [
    "(abc", "abc)", "[abc", "a**", "*a", "a{3,2}", r"\q", r"(?P<1a>x)", r"(?P=nope)",
    "(?P<a>x)(?P<a>y)", r"(?<=a+)b", r"(?<=a|bc)d", r"\2(a)", "(?z)", "(?", "a{1,2}{3}", "a|*",
    r"[z-a]", r"[\d-z]", "(?i", "x(?i)y", r"\x1", r"\u12", "(?P", "(?P<", "(?P<x", r"\8",
    "(?(1)a|b|c)", "(?(0)a)", "(?(x)a)", "(?(2)a)(b)", "(?<x)", "ab\n(cd", "(?#unterminated",
    "a{99999999999}", r"(a)(?<=\1)", "(?-)", "(?i-i:a)", "(?a-a:x)", "(?L)x", "(?au)x",
    "^*", r"\b*", "[", "[]", "[^]", "a\\", r"(?P>a)", r"\400", r"[\400]", "(?<!)x",
]] + [
    ("x", re.A | re.U), ("a{1,2}\\", 0), ("(?P<n>a\\", 0), ("(?<=(?:x|(?<=a+)b))c", 0), ("(a)(?(1)(?<=a+))", 0),
    ("(?>(?<=a*))", 0), ("(?:ab(?<=x+))*", 0), ("x{1,99999999999}", 0), ("(?i:(?<=a|bc))", 0),
    ("((((a)", 0), ("(?=(?P<x>a)(?P=y))", 0), (r"(?<=(a)\1)", 0), (r"(a)(?<=(?P=x))", 0), (r"[a\q]", 0),
    (r"\U00110000", 0), ("(?a", 0), ("(?-i", 0), ("(?i-", 0), ("(?-x:a)(?t:b)", 0), ("(?(1a)x)", 0),
]

EXPAND_ERRORS = [(r"(a)", r"\2"), (r"(a)", "\\"), (r"(?P<n>a)", r"\g<m>"), (r"(a)", r"\777")]

SUB_ERRORS = [
    (r"(a)", r"\2"), (r"(a)", r"\g<x>"), (r"(a)", r"\g<"), (r"(a)", r"\g<1"), (r"(a)", r"\q"),
    (r"(a)", r"\g<-1>"), (r"(a)", r"\g"), (r"(a)", r"\g<>"),
    (r"(a)", "x\\"), (r"(a)", r"\400"), (r"(a)", r"\g<99999999999>"),
]


def summary(m):
    if m is None:
        return "None"
    return repr((m.span(), m.groups(), m.lastindex, m.lastgroup,
                 tuple(m.span(i) for i in range(1, m.re.groups + 1))))


LIB = os.path.dirname(os.path.dirname(re.__file__))


def outcome(fn):
    """The result, or the exception and the traceback's frames in re."""
    try:
        return fn(), ""
    except Exception as e:
        name = "re.error" if isinstance(e, re.error) else type(e).__name__
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename.startswith(LIB)]
        tb = "".join(traceback.format_list(frames)).replace(LIB, "/usr/lib/python3.11")
        return name + ": " + str(e), tb


def main():
    cases = []
    for pattern, flags, strings in MATCH:
        for s in strings:
            p = re.compile(pattern, flags)
            cases.append({
                "kind": "match", "pattern": pattern, "flags": flags, "string": s,
                "repr": repr(p), "groupindex": repr(dict(p.groupindex)),
                "search": summary(p.search(s)),
                "match": summary(p.match(s)),
                "fullmatch": summary(p.fullmatch(s)),
                "search1": summary(p.search(s, 1)),
                "findall": repr(p.findall(s)),
                "finditer": repr([summary(m) for m in p.finditer(s)]),
                "split": repr(p.split(s)),
            })
    for pattern, flags, repl, s, count in SUB:
        result, tb = outcome(lambda: repr(re.subn(pattern, repl, s, count, flags)))
        cases.append({"kind": "sub", "pattern": pattern, "flags": flags, "repl": repl,
                      "string": s, "count": count, "result": result, "traceback": tb})
    for pattern, flags in ERRORS:
        result, tb = outcome(lambda: repr(re.compile(pattern, flags)))
        cases.append({"kind": "error", "pattern": pattern, "flags": flags,
                      "result": result, "traceback": tb})
    for pattern, repl in SUB_ERRORS:
        result, tb = outcome(lambda: repr(re.subn(pattern, repl, "a")))
        cases.append({"kind": "sub", "pattern": pattern, "flags": 0, "repl": repl, "string": "a",
                      "count": 0, "result": result, "traceback": tb})
    for pattern, repl in EXPAND_ERRORS:
        result, tb = outcome(lambda: re.match(pattern, "a").expand(repl))
        cases.append({"kind": "expand", "pattern": pattern, "flags": 0, "repl": repl, "string": "a",
                      "result": result, "traceback": tb})
    json.dump(cases, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


main()
