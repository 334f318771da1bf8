import sys
from os import nothing_here
