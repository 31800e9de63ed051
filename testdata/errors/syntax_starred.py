(*"000")  # ERROR "cannot use starred expression here"
x = (*"ab",)
