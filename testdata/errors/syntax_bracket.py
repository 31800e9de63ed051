x = [1, 2)  # ERROR "closing parenthesis '\)' does not match opening parenthesis '\['"
