"""A web page's credits: bylines, author bios, "About the Author", print notes and handles.

Pages keep the lines about who wrote the story after its text: "Stella Kim reported from Seoul", "Abigail
Williams and Beomsu Jo contributed.", a line with only the author's name and a bio under it ("Sarah Archer
is the author of ...", "Nelson D. Schwartz has covered economics since 2012"), "About the Author", "A
version of this article appears in print on Page A1", "Follow him on Twitter @LucasNolan_". The names
there are the page's staff, not the story's actors. :func:`drop_credits` removes the mentions that only
such lines hold; a name the story itself uses keeps all its mentions. The checks are plain string tests
on the last sentences.

A wire's or a network's dateline names the source of the text, not an actor of the story: "(CNN)A new law
...", "WASHINGTON (CNN) -- ...", "LONDON (Reuters) - ...". :func:`drop_credits` removes the name in brackets
there; the source stays an actor when the story names it elsewhere ("he told CNN").
"""

from __future__ import annotations

from .tokens import EntityMention

#: Lines are only looked for among the last sentences of a text (credits follow the story).
_TAIL = 16

#: Words of a staff bio: "X is a reporter for ...", "X is the Asia Digital Editor for ...".
_STAFF = ("reporter", "editor", "producer", "correspondent", "writer", "author", "journalist", "columnist",
          "contributor", "photographer", "critic")
_BIO_VERBS = (" is a ", " is an ", " is the ", " has written ", " writes ", " covers ")
_CREDIT_ENDS = ("contributed", "contributed reporting", "contributed to this report", "contributed to this article",
                "contributed to this story", "contributed research")
#: Lines about the page itself, whatever their names: where the story appeared first or in print.
_PAGE_NOTES = ("a version of this article appears", "this article originally appeared", "this story originally appeared",
               "this article first appeared", "this story first appeared", "follow him on", "follow her on",
               "follow them on", "follow us on")


#: A disclosure line: "Daily Mail Australia was at the festival as a guest of X", "The writer travelled as a guest
#: of X". Its opening name is the outlet or the writer (the host named after it may be the story's).
_DISCLOSURES = (" as a guest of ", " as guests of ", " courtesy of ")


def _disclosure_line(text: str, low: str, first: EntityMention | None) -> bool:
    """True for a short line that opens with a name and discloses who paid the writer's trip."""
    return first is not None and first.start == 0 and len(text) <= 160 \
        and any(d in low[first.end:] for d in _DISCLOSURES) and low[first.end:].startswith((" was ", " were ", " travelled ", " traveled "))


def _credit_line(text: str, low: str, first: EntityMention | None) -> bool:
    """True for a byline or bio line; ``first`` is the mention that opens the line, if one does."""
    if low.startswith(_PAGE_NOTES):
        return True
    if len(text) > 160:
        return False
    if low.rstrip(". ").endswith(_CREDIT_ENDS):
        return True
    if first is None or first.start > 0:
        return False
    rest = low[first.end:]
    if rest.startswith(" reported from "):
        return len(rest.split()) <= 12 and " that " not in rest  # not "reported from the scene that ..."
    if rest.startswith(" has covered "):
        return True
    if rest.startswith(" is ") and not rest.startswith(_BIO_VERBS):
        # "Clark Boyd is technology correspondent for The World": a staff noun among the first words, no article.
        return any(w.rstrip(",") in _STAFF for w in rest.split(" ", 6)[2:6])
    return rest.startswith(_BIO_VERBS) and any(w in rest for w in _STAFF)


def _plug_line(low: str) -> bool:
    """True for a line that plugs a broadcast: "... tune into this Sunday's Rugby Special, 2340 on BBC Two",
    "The full interview is on BBC Two at 1900 GMT" (a clock time before "GMT" or "BST")."""
    if "tune in" in low:
        return True
    for cue in (" gmt", " bst"):
        pos = low.find(cue)
        while pos >= 4:
            clock = low[pos - 4:pos]
            if clock.isdigit() and int(clock[:2]) < 24 and int(clock[2:]) < 60 and (pos == 4 or low[pos - 5] == " "):
                return True
            pos = low.find(cue, pos + 1)
    return False


def _source_dateline(m: EntityMention, sentences: list[str]) -> bool:
    """True for the name in brackets of a dateline that opens the text: "(CNN)A new law", "LONDON, England
    (CNN) --": brackets round the whole name, nothing or a place in capitals before them, the text or a dash
    right after them."""
    if m.sentence != 0 or m.start < 1 or m.start > 48:
        return False
    text = sentences[0]
    if text[m.start - 1] != "(" or text[m.end:m.end + 1] != ")":
        return False
    head = text[:m.start - 1].replace(",", " ").split()
    if head and not (head[0].isupper() and len(head[0]) > 1 and all(w[:1].isupper() for w in head)):
        return False  # "The National Grain Authority (NGA) cut": an acronym after its expansion
    after = text[m.end + 1:m.end + 3]
    return after[:1].isalnum() or after[:1] in "\"'“‘" or after.startswith(("--", " -", " —", " –"))


def drop_credits(mentions: list[EntityMention], sentences: list[str]) -> list[EntityMention]:
    """Return ``mentions`` without the names that only the page's credit lines hold, nor handles ("@name"),
    nor the source named in the dateline's brackets."""
    if sentences and sentences[0][:1] in "(ABCDEFGHIJKLMNOPQRSTUVWXYZ" and "(" in sentences[0][:49]:
        source = {id(m) for m in mentions if m.sentence == 0 and _source_dateline(m, sentences)}
        if source:
            mentions = [m for m in mentions if id(m) not in source]
    n = len(sentences)
    lo = max(1, n - _TAIL, n // 2)  # credits follow a story: never its first sentence nor its first half
    firsts: dict[int, EntityMention] = {}
    for m in mentions:
        if m.sentence >= lo and (m.sentence not in firsts or m.start < firsts[m.sentence].start):
            firsts[m.sentence] = m
    credit: set[int] = set()
    disclosed: set[int] = set()  # the opening names of disclosure lines (by id)
    for i in range(lo, n):
        text = sentences[i].strip()
        low = text.lower()
        if low.rstrip(":") in ("about the author", "about the authors"):
            credit.update(range(i, n))
            break
        if _credit_line(text, low, firsts.get(i)) or (i >= n - 2 and _plug_line(low)):
            credit.add(i)  # a plug: only among the last two lines
        elif _disclosure_line(text, low, firsts.get(i)):
            disclosed.add(id(firsts[i]))
    if disclosed:
        outlets = {m.norm for m in mentions if id(m) in disclosed}
        used_elsewhere = {m.norm for m in mentions if m.norm in outlets and id(m) not in disclosed}
        mentions = [m for m in mentions if id(m) not in disclosed or m.norm in used_elsewhere]
    # The sentences with an "@" first (most texts have none): then a set look-up per mention, not a character.
    ats = {i for i, t in enumerate(sentences) if "@" in t}
    handles = [m for m in mentions if m.sentence in ats and m.start > 0 and sentences[m.sentence][m.start - 1] == "@"] \
        if ats else []
    if not credit and not handles:
        return mentions
    # A line with nothing but a name next to a credit line: the author's name over the bio.
    for i in range(lo, n):
        if i not in credit and (i + 1 in credit or i - 1 in credit):
            m = firsts.get(i)
            if m is not None and m.start == 0 and m.end >= len(sentences[i].rstrip()):
                credit.add(i)
    dropped = {id(m) for m in handles}
    # A name is staff only when no line outside the credits uses it (the story's own people keep theirs): one walk
    # gathers the names used outside the credits (no handle) and the credit lines' mentions, which are read after it.
    used: set[str] = set()
    staff = []
    for m in mentions:
        if m.sentence in credit:
            staff.append(m)
        elif id(m) not in dropped:
            used.add(m.norm)
    for m in staff:
        if m.norm not in used:
            dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions
