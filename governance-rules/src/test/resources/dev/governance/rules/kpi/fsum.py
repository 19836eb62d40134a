"""Sums each line of hexadecimal doubles (Java's Double.toHexString, separated by spaces; an empty
line is an empty sum) with math.fsum, which rounds the exact sum once, half to even, and prints
the sum as float.hex, one line per line read.
"""

import math
import sys

for line in sys.stdin:
    print(math.fsum(float.fromhex(term) for term in line.split()).hex())
