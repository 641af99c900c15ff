"""Find the new part of a mail: cut quoted earlier mails and signatures (nl, fr, en, de).

Triage should read what the voter wrote now, not the office's earlier answer they quote.
The cut happens at the first line that starts a quote (``Op … schreef …:``, ``Le … a écrit :``,
``On … wrote:``, ``Am … schrieb …:``, Outlook's ``-----Original Message-----`` or its
``Van:/De:/From:/Von:`` header block) or a signature (``-- ``, "Sent from my iPhone"…),
and trailing ``>`` lines are dropped. If nothing would remain, the full text is kept.
"""

from __future__ import annotations

import re

QUOTE_INTRO = re.compile(
    r"""^\s*(
        (on|op|le|am)\s.{0,300}\b(wrote|schreef|a\s+écrit|schrieb)\b.{0,200}:\s*$
      | -{2,}\s*(original\s+message|oorspronkelijk\s+bericht|origineel\s+bericht|message\s+d'origine
               |ursprüngliche\s+nachricht|forwarded\s+message|doorgestuurd\s+bericht
               |message\s+transféré|weitergeleitete\s+nachricht)\s*-{2,}
      | _{10,}
    )""",
    re.IGNORECASE | re.VERBOSE,
)
OUTLOOK_HEADER = re.compile(r"^\s*\*?(from|van|de|von)\s*:\*?\s+\S", re.IGNORECASE)
OUTLOOK_NEXT = re.compile(
    r"^\s*\*?(sent|verzonden|envoyé|gesendet|date|datum|to|aan|à|an|subject|onderwerp|objet|betreff)\s*:",
    re.IGNORECASE,
)
SIGNATURE = re.compile(
    r"""^\s*(
        --\s*$
      | (sent|verzonden|envoyé|gesendet|verstuurd)\s+(from|with|vanaf|van|met|depuis|de|avec|von|mit)\b.{0,60}$
      | von\s+meinem\s+\S+(\s+\S+)?\s+gesendet\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def _is_outlook_block(lines: list[str], index: int) -> bool:
    if not OUTLOOK_HEADER.match(lines[index]):
        return False
    following = [line for line in lines[index + 1 : index + 5] if line.strip()]
    return any(OUTLOOK_NEXT.match(line) for line in following[:3])


def new_part(text: str) -> str:
    """The part of ``text`` the sender wrote now (the whole text if cutting leaves nothing)."""
    lines = text.splitlines()
    cut = len(lines)
    for index, line in enumerate(lines):
        if QUOTE_INTRO.match(line) or SIGNATURE.match(line) or _is_outlook_block(lines, index):
            cut = index
            break
        if line.lstrip().startswith(">") and all(
            not rest.strip() or rest.lstrip().startswith(">") for rest in lines[index:]
        ):
            cut = index
            break
    kept = "\n".join(lines[:cut])
    kept = "\n".join(line for line in kept.splitlines() if not line.lstrip().startswith(">")).strip()
    return kept or text.strip()
