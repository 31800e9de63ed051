x = 1
print(f'{x')  # ERROR "f-string: expecting '}'"
