"""A kicker: the label a news page puts over or under a headline to name the story's kind ("Analysis", "Opinion",
"Exclusive", "LIVE", "Explainer"), in the six languages of the app. It is no part of the body (not a sentence to
summarise, not paragraph 1) and no title; the article model has no genre field, so it is shown nowhere.

:func:`is_kicker` reads one short line: the lowercased line, stripped of a trailing colon, bar or bullet, must be
one of :data:`KICKERS` (a set look-up: no regex, the cost does not grow with the text).
"""

from __future__ import annotations

#: Story labels, lowercased. A line is a kicker only when it is one of these alone (a sentence that starts with
#: "Analysis" is text).
KICKERS = frozenset({
    # English
    "analysis", "news analysis", "opinion", "comment", "commentary", "exclusive", "live", "live updates",
    "live blog", "breaking", "breaking news", "explainer", "explained", "fact check", "factcheck", "editorial",
    "column", "interview", "q&a", "review", "feature", "investigation", "obituary", "briefing", "first person",
    "long read", "the long read", "perspective", "op-ed", "letters", "satire", "sponsored", "in depth", "in pictures",
    "update", "developing story", "special report", "premium", "insight",
    # German
    "analyse", "meinung", "kommentar", "gastbeitrag", "exklusiv", "liveblog", "live-blog", "live-ticker",
    "liveticker", "eilmeldung", "erklärt", "erklärstück", "faktencheck", "leitartikel", "kolumne", "hintergrund",
    "reportage", "porträt", "nachruf", "essay", "gastkommentar", "plus", "z+", "f+",
    # French
    "opinion", "tribune", "point de vue", "exclusif", "en direct", "direct", "décryptage", "décodage",
    "éditorial", "édito", "chronique", "entretien", "enquête", "récit", "portrait", "nécrologie", "abonnés",
    "article réservé aux abonnés", "vrai ou faux", "les décodeurs", "focus", "zoom",
    # Spanish
    "análisis", "opinión", "tribuna", "exclusiva", "exclusivo", "en directo", "en vivo", "directo", "última hora",
    "explicador", "claves", "editorial", "columna", "entrevista", "reportaje", "investigación", "crónica",
    "obituario", "verificación", "fact-check", "suscriptor", "exclusivo suscriptores",
    # Russian
    "анализ", "аналитика", "мнение", "мнения", "колонка", "комментарий", "эксклюзив", "онлайн",
    "прямая трансляция", "трансляция", "срочно", "объясняем", "разбор", "интервью", "репортаж", "расследование",
    "некролог", "редакционная статья", "фактчек", "подробности",
    # Ukrainian
    "аналіз", "аналітика", "думка", "думки", "колонка", "коментар", "ексклюзив", "онлайн", "наживо",
    "пряма трансляція", "трансляція", "терміново", "пояснюємо", "розбір", "інтерв'ю", "інтерв’ю", "репортаж",
    "розслідування", "некролог", "фактчек", "блог",
})

#: Longest kicker line read (characters).
MAX_KICKER_CHARS = 40


def is_kicker(line: str) -> bool:
    """True when ``line`` is a story label alone ("Analysis", "OPINION", "Exclusive:", "En direct", "Мнение")."""
    line = line.strip()
    if not line or len(line) > MAX_KICKER_CHARS:
        return False
    label = " ".join(line.rstrip(":|•·—–- ").strip("*_#").split()).lower()
    return label in KICKERS
