try:
    x = 1
finally:
    pass

try:  # ERROR "expected 'except' or 'finally' block"
    y = 2
