import asyncio
import re

EMAIL = re.compile(r"[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
PHONE = re.compile(r"\+?(\d{1,3})?[-. ]?\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})")
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
USERNAME = re.compile(r"(?i)[a-z][a-z0-9_]{2,15}")


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"{field}: invalid value {value!r}")
        self.field = field


async def validate(field, pattern, value):
    await asyncio.sleep(0.001 * len(value))
    m = pattern.fullmatch(value)
    if not m:
        raise ValidationError(field, value)
    return field, m.groups() or m.group()


async def check_form(form):
    checks = [
        validate("email", EMAIL, form["email"]),
        validate("phone", PHONE, form["phone"]),
        validate("birthday", DATE, form["birthday"]),
        validate("username", USERNAME, form["username"]),
    ]
    results = await asyncio.gather(*checks, return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    errors = [str(r) for r in results if isinstance(r, Exception)]
    return ok, errors


async def main():
    forms = [
        {"email": "ann.lee+news@mail.example.org", "phone": "+1 (555) 123-4567",
         "birthday": "1990-07-15", "username": "Ann_Lee"},
        {"email": "bob@localhost", "phone": "555.123.4567",
         "birthday": "1990-13-01", "username": "b"},
        {"email": "carol@x.io", "phone": "12345",
         "birthday": "2001-02-31", "username": "carol99"},
    ]
    for i, form in enumerate(forms):
        ok, errors = await check_form(form)
        print(f"form {i}:")
        for field, value in ok:
            print(f"  ok {field}: {value}")
        for e in errors:
            print(f"  error {e}")
    print(EMAIL.match("not an email"), bool(DATE.match("2024-01-01 rest")))
    print(DATE.fullmatch("2024-01-01 rest"), DATE.match("2024-01-01 rest"))
    m = DATE.search("due: 2024-12-24!")
    print(m.groupdict(), m.span("d"), m.re.pattern == DATE.pattern, m.string)


asyncio.run(main())
