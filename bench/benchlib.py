"""Helpers shared by the bench/ Python scripts."""

import subprocess
import sys


def psql(sql, *extra, stderr=False):
    """Run sql through psql (libpq environment), unaligned, '|'-separated; exit
    on error.  Returns standard output, and standard error too (server
    messages) as a second value when stderr is set."""
    r = subprocess.run(['psql', '-X', '-q', '-At', '-F', '|', '-v', 'ON_ERROR_STOP=1', *extra],
                       input=sql, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit('psql failed: ' + r.stderr[-2000:])
    return (r.stdout, r.stderr) if stderr else r.stdout
