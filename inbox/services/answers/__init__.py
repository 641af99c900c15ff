"""'Answered before' (issue 20): the office's earlier answers, suggested for the voter question at hand.

``record``: keep one :class:`~inbox.models.AnswerPair` per reply that was sent or approved,
and forget them when a voter is erased. ``index``: an in-memory nearest-neighbour index per
office and process, kept fresh by ``seq``. ``personal``: personal data of another voter in
an earlier reply. ``suggest``: the three best earlier answers and canned replies for one
conversation. ``feedback``: "not relevant", "outdated" and "used". ``weekly``: the digest's
"questions answered most often this week".
"""
