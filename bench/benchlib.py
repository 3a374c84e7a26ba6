"""Helpers shared by the bench/ Python scripts."""

import subprocess
import sys


def psql(sql, *extra):
    """Run sql through psql (libpq environment), unaligned, '|'-separated; exit on error."""
    r = subprocess.run(['psql', '-X', '-q', '-At', '-F', '|', '-v', 'ON_ERROR_STOP=1', *extra],
                       input=sql, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit('psql failed: ' + r.stderr[-2000:])
    return r.stdout
