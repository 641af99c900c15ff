"""Turn the bytes of a mail part (or header) into text, also when the declared charset is wrong.

One routine, :func:`decode_text`, for every part and header. Rules:

- Declared names go through the aliases mail clients really use, the way browsers read
  them (WHATWG Encoding): ``gb2312``/``gbk`` are read as GB18030, ``ks_c_5601-1987`` and
  ``euc-kr`` as CP949, ``iso-8859-1``/``us-ascii`` as Windows-1252, ``shift_jis`` as CP932…
- Western text (declared UTF-8, Latin-1, Windows-1252, ASCII, or nothing) is read as
  UTF-8 where its bytes are UTF-8, and only the bytes that are not are read as
  Windows-1252: one stray byte no longer turns a whole mail into mojibake.
- Other charsets: bytes that are valid UTF-8 win over the label (a wrong label is far
  likelier than another charset's text being valid UTF-8); otherwise the declared
  charset, where only undecodable sequences become U+FFFD.

Never raises.
"""

from __future__ import annotations

import codecs

# Labels mail software writes, mapped to the codec that reads what they really send.
ALIASES = {
    "gb2312": "gb18030", "gb_2312-80": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "euc-cn": "gb18030", "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "ks_c_5601-1989": "cp949",
    "euc-kr": "cp949", "korean": "cp949", "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252",
    "latin-1": "cp1252", "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "ansi_x3.4-1968": "cp1252",
    "iso-8859-9": "cp1254", "iso-8859-11": "cp874", "tis-620": "cp874", "windows-874": "cp874",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
    "iso-2022-jp": "iso2022_jp_ext", "big5": "big5hkscs", "x-mac-roman": "mac_roman", "macintosh": "mac_roman",
    "unicode-1-1-utf-7": "utf-7", "utf8": "utf-8", "x-unknown": "", "unknown-8bit": "", "default": "",
    "x-user-defined": "", "unknown": "",
}  # fmt: skip
WESTERN = {"utf-8", "cp1252", "latin-1", "iso8859-15", "ascii"}
UNICODE_FORMS = {"utf-7", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read each byte UTF-8 refused as Windows-1252 (U+FFFD where it has none)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or "\ufffd" for b in bad), error.end


codecs.register_error("dialoog-cp1252", _cp1252_bytes)


def known_codec(name: str | None) -> str | None:
    """The Python codec for a declared charset (after aliases), or None when unknown or meaningless."""
    if not name:
        return None
    cleaned = name.strip().strip("\"'").lower()
    cleaned = ALIASES.get(cleaned, cleaned)
    if not cleaned:
        return None
    try:
        return codecs.lookup(cleaned).name
    except (LookupError, ValueError):
        return None


def _western(data: bytes) -> str:
    """UTF-8 where the bytes are UTF-8; each other byte as Windows-1252."""
    return data.decode("utf-8", errors="dialoog-cp1252")


def decode_text(data: bytes, declared: str | None) -> str:
    """Decode ``data`` as well as possible, replacing only the bytes that cannot be read; never raises."""
    codec = known_codec(declared)
    if codec is None or codec in WESTERN:
        return _western(data)
    if codec not in UNICODE_FORMS and not data.isascii():
        try:
            return data.decode("utf-8")  # valid UTF-8 under a wrong label
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError, ValueError):
        pass
    try:
        return data.decode(codec, errors="replace")
    except (LookupError, ValueError):
        return _western(data)
