v = "plain"
v = 'single \' quote'
v = "esc: \\ \a \b \f \n \r \t \v \0 \7 \101 \1234"
v = "hex \x41\x7e\xff unicode \u00e9 \u20ac \U0001F600 \U00010348"
v = "names \N{BULLET} \N{EM DASH} \N{latin small letter a with grave} \N{HANGUL SYLLABLE GAG} \N{CJK UNIFIED IDEOGRAPH-4E2D}"
v = "unknown escapes kept: \d \w \q \8 \9"
v = "line \
continuation"
v = r"raw \n \x41 \N{BULLET} \\"
v = R'raw \' quote'
v = """triple
"quoted" 'mixed'
\tlines"""
v = '''single triple \''' end'''
v = "implicit" ' concat' """ of """ r'\forms'
v = u"unicode prefix"
v = b"bytes \x00\x7f\xff \n \101 \u0041 \N{x}"
v = rb"raw bytes \x00"
v = Br"raw bytes upper \n"
v = b'multi' b"ple"
v = "émoji 😀 and 中文"
v = 0
v = 00
v = 1_000_000
v = 0xDEAD_beef
v = 0o777
v = 0b1010_1010
v = 123456789012345678901234567890123456789
v = 0x_ffffffffffffffffffffffff
v = 1.5
v = 1_0.0_1
v = .5e-3
v = 1e308
v = 1e400
v = 3.
v = 0.1
