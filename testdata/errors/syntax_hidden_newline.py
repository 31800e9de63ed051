import argparse()=0  # ERROR "invalid syntax"
import json ()=0  # ERROR "invalid syntax"
