import logging
import time
from logging import FileHandler  # ERROR "'logging.FileHandler' is not supported"
from random import getstate  # ERROR "'random.getstate' is not supported"

logging.captureWarnings(True)  # ERROR "'logging.captureWarnings' is not supported"
print(time.gmtime())  # ERROR "'time.gmtime' is not supported"
log = logging.getLogger(__name__)
log.info("fine")
