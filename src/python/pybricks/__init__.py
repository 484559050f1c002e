"""Pybricks for the Qadam simulator: the subset of the Pybricks API that Qadam's virtual robots
run (docs.pybricks.com). Programs written against it run unchanged on a LEGO hub with Pybricks.
"""

version = ("qadam", "3.6.0", "Qadam simulator")
