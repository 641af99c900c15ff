"""Mend a received mail's header block before parsing, so one bad line loses nothing else."""

from __future__ import annotations

import re

HEADER_LINE = re.compile(rb"^([\x21-\x39\x3b-\x7e]+)[ \t]*:")
CONTINUATION = re.compile(rb"^[ \t]")


def repair_header_block(raw: bytes) -> bytes:
    """``raw`` with malformed lines inside its header block mended, so that later headers are kept.

    A line that is neither a header nor a continuation (no colon, a space before the
    colon, 8-bit junk) makes the parser treat every later header as body text: the mail
    then loses its sender, subject and Message-ID. ``Name : value`` becomes ``Name: value``;
    other stray lines followed by more headers become continuations of the header above.
    """
    ends = [found for found in (raw.find(b"\n\n"), raw.find(b"\n\r\n")) if found >= 0]
    if not ends:
        return raw
    end = min(ends)
    head, separator, body = raw[:end], (b"\n\n" if raw.startswith(b"\n\n", end) else b"\n\r\n"), raw[end:]
    body = body[len(separator) :]
    lines = head.split(b"\n")
    mended: list[bytes] = []
    for index, line in enumerate(lines):
        stripped = line.rstrip(b"\r")
        if HEADER_LINE.match(stripped) or CONTINUATION.match(stripped) or stripped.startswith(b"From "):
            if HEADER_LINE.match(stripped):
                name, _, value = line.partition(b":")
                line = name.rstrip(b" \t") + b":" + value
            mended.append(line)
        elif mended and any(HEADER_LINE.match(later) for later in lines[index + 1 :]):
            mended.append(b" " + line)  # keep its words, as part of the header above
        else:
            mended.append(line)
    return b"\n".join(mended) + separator + body
