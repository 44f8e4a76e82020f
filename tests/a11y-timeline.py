#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
import sys
print("1..1")
print("not ok 1 not written yet")
sys.exit(1)
