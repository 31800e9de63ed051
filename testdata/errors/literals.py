a = "\N{NO SUCH CHARACTER NAME}"  # ERROR "unknown Unicode character name"
b = 09  # ERROR "leading zeros in decimal integer literals are not permitted"
c = 0b12  # ERROR "invalid digit '2' in binary literal"
d = b"x" "y"  # ERROR "cannot mix bytes and nonbytes literals"
e = "\N{BULLET} \N{bullet} \N{HANGUL SYLLABLE GA} \N{CJK UNIFIED IDEOGRAPH-4E00}"
f = 1_000 + 0x_FF + 0o17 + 0b1010 + 1_0.5e1_0
g = f"{e!x}"  # ERROR "invalid conversion character"
h = "\x4"  # ERROR "truncated \\xXX escape"
