"""Reading Unihan data files (Debian's unicode-data ships them bz2-compressed)."""

import bz2


def unihan_fields(path, fields):
    """{field: {code point: raw value string}} for the given Unihan fields."""
    res = {f: {} for f in fields}
    with bz2.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            cp, field, value = line.rstrip('\n').split('\t', 2)
            if field in res:
                res[field][int(cp[2:], 16)] = value
    return res


def code_points(value):
    """'U+4E7E U+5E72' -> [0x4E7E, 0x5E72]"""
    return [int(v[2:], 16) for v in value.split()]
