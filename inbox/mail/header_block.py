"""Mend a received mail's header block before parsing, so one bad line loses nothing else."""

from __future__ import annotations

import re

HEADER_LINE = re.compile(rb"^([\x21-\x39\x3b-\x7e]+)[ \t]*:")
CONTINUATION = re.compile(rb"^[ \t]")
MAX_STRAY_BYTES = 8192
FREE_TEXT = {b"subject", b"comments", b"keywords"}  # headers a stray line may continue


def repair_header_block(raw: bytes) -> bytes:
    """``raw`` with malformed lines inside its header block mended, so that later headers are kept.

    A line that is neither a header nor a continuation (no colon, a space before the
    colon, 8-bit junk) makes the parser treat every later header as body text: the mail
    then loses its sender, subject and Message-ID. ``Name : value`` becomes ``Name: value``;
    other stray lines followed by more headers are dropped, except after a free-text header
    (a subject folded without indentation), which they continue (up to ``MAX_STRAY_BYTES``).
    """
    ends = [found for found in (raw.find(b"\n\n"), raw.find(b"\n\r\n")) if found >= 0]
    if not ends:
        return raw
    end = min(ends)
    head, separator, body = raw[:end], (b"\n\n" if raw.startswith(b"\n\n", end) else b"\n\r\n"), raw[end:]
    body = body[len(separator) :]
    lines = head.split(b"\n")
    headers = [bool(HEADER_LINE.match(line.rstrip(b"\r"))) for line in lines]
    last_header = max((index for index, is_header in enumerate(headers) if is_header), default=-1)
    mended: list[bytes] = []
    kept, current = 0, b""
    for index, line in enumerate(lines):
        stripped = line.rstrip(b"\r")
        if headers[index] or CONTINUATION.match(stripped) or stripped.startswith(b"From "):
            if headers[index]:
                name, _, value = line.partition(b":")
                line = name.rstrip(b" \t") + b":" + value
                current = name.strip().lower()
            mended.append(line)
        elif mended and index < last_header:
            kept += len(line)
            if current in FREE_TEXT and kept <= MAX_STRAY_BYTES:  # a subject folded without indentation
                mended.append(b" " + line)
        else:
            mended.append(line)
    return b"\n".join(mended) + separator + body
