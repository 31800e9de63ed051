# nothing but comments

   
	
# and blank lines, with trailing whitespace   
