"""Page furniture in scraped text: the lines around an article that are not its body.

Related links, share buttons and prompts, breadcrumbs, boilerplate lines, newsletter furniture and footers,
transcript notes, section labels over a title, photo captions with their credits, embedded social-media posts
and pull quotes. Each test looks at one block (or the paragraphs, for pull quotes); :func:`.cleaning.clean_text`
decides what to do with it.
"""

from __future__ import annotations

import re
from collections import Counter

from .bylines import SHARE_LABELS, read_byline
from .front import is_date_line
from .markdown import heading_text, list_mark, strip_inline_markdown

RELATED = re.compile(r"^\s*(?:related(?:\s+(?:article|story|stories|content|reading|coverage))?|read\s+(?:more|also)|see\s+also|more\s+on\s+this(?:\s+story)?|"
                     r"mehr\s+zum\s+thema|lesen\s+sie\s+auch|(?:à\s+)?lire\s+aussi|voir\s+aussi|"
                     r"noticias\s+relacionadas|lee\s+también|te\s+puede\s+interesar|"
                     r"читайте\s+(?:также|також)|по\s+теме|за\s+темою)\s*:", re.I)
#: A related-links label alone on its line, without the colon ("Mehr zum Thema", "Related stories"): the short
#: link titles on the lines after it go with it.
RELATED_LABEL = re.compile(RELATED.pattern.removesuffix(r"\s*:") + r"\s*(?::\s*)?$", re.I)
BOILERPLATE = re.compile(
    r"^\s*(?:advertisement|sponsored(?: content)?|"
    # an advert's label in the users' languages, and the notes around it ("Advertisement - Scroll to continue",
    # "Story continues below advertisement")
    r"advert|ad|anzeige|werbung|publicité|publicidad|реклама|"
    r"advertisement\s*[-–—:|·]\s*(?:scroll|continue|story)[^\n]{0,40}|"
    r"(?:the\s+)?(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?"
    r"(?:\s+(?:advertisement|advert|ad))?|"
    r"share this(?: article)?|share on \w+|follow us on .*|sign up for .*newsletter.*|"
    r"subscribe(?: now| to .*)?|click here.*|skip to (?:main )?content|all rights reserved\.?|©.*|copyright ©?.*|"
    r"(?:photo|image|picture|foto|фото)s?(?:\s*credit)?\s*:.*|"
    # a share button's label alone on a line (a page copied from the browser), in the users' languages
    r"share|teilen|artikel teilen|partager|compartir|поделиться|поділитися|"
    # a live blog's badge alone on a line
    r"live|live ticker|liveticker|en direct|en vivo|en directo|directo|онлайн|наживо|прямой эфир|прямий ефір)\s*$",
    re.I,
)
# The credit patterns start at their bracket, not at the white space before it: a searched pattern opening with
# "\s*" read a whole run of spaces from each of its positions (quadratic: 10 s for a caption-sized block with a
# 40,000-space run); the callers strip the white space before the match themselves.
_CREDIT_TAIL = re.compile(r"\[([^\[\]]+)\]\((?:[^()\s]|\([^()\s]{0,500}\)){0,2000}\)\s*$")
_AGENCY_TAIL = re.compile(r"[(/|]\s*(?:photo:?\s*)?(?:[A-Z][\w.]*\s*/\s*)?(?:Getty Images|Reuters|AP Photo|AFP|EPA|Shutterstock|Alamy|PA(?: Media| Wire)?|TASS|Sputnik|Kremlin\.ru|"
                          r"dpa|EFE|ANSA|Europa Press|Keystone|Belga|ТАСС|РИА Новости|УНИАН|УНІАН|Укрінформ)\)?\s*$")
#: A credit after a caption's last sentence: "... on Monday. Photograph: Sarah Finch", "... Foto: dpa", "... Фото: пресс-служба".
#: The credit holds no sentence mark, so the search tries each position once and reads at most 80 characters.
_CREDIT_LABEL = re.compile(r"[.!?]\s+(?:photo(?:graph)?|picture|image|foto|bild|фото|світлина)s?\s*:\s*[^.!?:]{1,80}$", re.I)
_CREDIT_PAREN = re.compile(r"\((?:photo|image|picture|credit|pictured)s?\b[^()]*\)\s*$", re.I)
#: A line that ends a sentence (closing quotes and brackets after the mark allowed).
SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]{0,3}\s*$")
#: A read time, as plain substrings of a short line ("8 min read", "8 Min. Lesezeit", "8 min de lecture", "8 мин чтения").
READ_TIME_PHRASES = ("min read", "minute read", "lesezeit", "min de lecture", "minutes de lecture", "min de lectura",
                     "minutos de lectura", "мин чтения", "минут чтения", "хв читання", "хвилин читання")
#: Lines of an email newsletter's or a page's furniture, matched as plain substrings of a short line. A line with
#: a read time is a blog's byline too ("Jane Doe · Dec 3, 2024 · 8 min read"): its name and date are read.
_FURNITURE_PHRASES = ("view this email in your browser", "view in browser", "view it in your browser", "unsubscribe",
                      "update your preferences", "manage your preferences", "forward this email", "in your inbox",
                      # a news site's audio player ("Listen to this article · 3 min")
                      "listen to this article", "listen to article", "listen to this story", "artikel anhören",
                      "écouter cet article", "escuchar este artículo", "слушать статью", "прослухати статтю",
                      ) + READ_TIME_PHRASES
#: What starts a newsletter's footer, as plain substrings of a short line: an unsubscribe or preferences link, or the
#: notice why the reader got the email. The footer (the sender's postal address, the notice, the links) runs to the
#: end of the text.
_FOOTER_LINKS = ("unsubscribe", "update your preferences", "manage your preferences", "update subscription preferences",
                 "abmelden", "abbestellen", "se désabonner", "se desabonner", "désinscri", "darse de baja",
                 "darte de baja", "cancelar suscripción", "отписаться", "відписатися")
_FOOTER_NOTICES = ("you received this email", "you are receiving this", "you're receiving this", "you received this message",
                   "you are subscribed to", "our mailing address is", "this email was sent to",
                   "sie erhalten diese e-mail", "sie erhalten diesen newsletter", "diese e-mail wurde an",
                   "vous recevez cet e-mail", "vous recevez ce courriel", "vous recevez cette newsletter",
                   "cet e-mail a été envoyé à", "recibes este correo", "has recibido este correo", "este correo fue enviado a",
                   "вы получили это письмо", "вы получаете это письмо", "это письмо отправлено", "ви отримали цей лист",
                   "ви отримуєте цей лист", "цей лист надіслано")
#: A newsletter's footer is at most this many blocks.
MAX_FOOTER_BLOCKS = 8
#: The stems of "share" in the users' languages, for a share prompt ("Like this post? Share it:", "Teilen Sie:").
_SHARE_STEMS = ("share", "teilen", "partag", "compart", "подел", "поділ")


def is_caption(block: str) -> str | None:
    """Return the caption text if ``block`` is a photo caption with a credit, else ``None``.

    A caption is short (at most two sentences' worth) and ends with a credit:
    a link such as ``[Kremlin.ru](https://kremlin.ru)`` or an agency name.
    """
    words = block.split()
    if len(words) > 45:
        return None
    if len(words) <= 12 and is_date_line(block):
        return None  # "12 May 2024 | Reuters" is a date and source line (read by .front), not a photo credit
    m = _CREDIT_TAIL.search(block)
    if m and (block[: m.start()].rstrip().endswith((".", ")")) or len(words) <= 12):
        before = block[: m.start()].rstrip()
        if before:
            return strip_inline_markdown(before)
    m = _CREDIT_PAREN.search(block) or _AGENCY_TAIL.search(block)
    if m and len(words) <= 30:
        return strip_inline_markdown(block[: m.start()].rstrip().rstrip(" /|(")) or None
    m = _CREDIT_LABEL.search(block) if len(words) <= 30 else None
    if m:
        return strip_inline_markdown(block[: m.start() + 1]) or None
    return None


def is_share_prompt(block: str, plain: str) -> bool:
    """True for a short call to share the post: a line ending in a link labelled "Share" ("Like this post? Share it:
    [Share](...)") or a line of at most twelve words ending in ':' that asks to share ("Teilen Sie diesen Beitrag:")."""
    if len(block) > 200:
        return False
    m = _CREDIT_TAIL.search(block) if "[" in block else None
    if m and m.group(1).strip(" *_").lower() in SHARE_LABELS:
        return True
    low = plain.strip(" *_").lower()
    return low.endswith(":") and len(low.split()) <= 12 and any(stem in low for stem in _SHARE_STEMS)


#: A paywall's prompt asks to subscribe in order to read on: a stem of each, as plain substrings of a short line
#: ("Subscribe to continue reading", "Jetzt abonnieren und weiterlesen", "Abonnez-vous pour lire la suite",
#: "Suscríbete para seguir leyendo", "Оформите подписку, чтобы читать дальше", "Оформіть передплату, щоб читати далі").
_SUBSCRIBE_STEMS = ("subscri", "abonn", "suscr", "подпис", "передплат")
_READ_STEMS = ("read", "lesen", "lire", "lecture", "leer", "leyendo", "lectura", "читать", "читати", "чтени", "читанн")
#: A paywall's prompt is at most this many words and ends no sentence with a full stop.
MAX_PAYWALL_WORDS = 10


def is_paywall_prompt(block: str) -> bool:
    """True for a paywall's prompt under a teaser: a short line that asks to subscribe to read on."""
    low = block.lower()
    return (len(low.split()) <= MAX_PAYWALL_WORDS and not low.rstrip().endswith(".")
            and any(stem in low for stem in _SUBSCRIBE_STEMS) and any(stem in low for stem in _READ_STEMS))


#: A call to follow or subscribe, in the users' languages, lower-cased: an imperative ("Подписывайтесь на наш
#: Telegram", "Suivez-nous sur Facebook", "Suscríbete a nuestro boletín") or a tip line's "write to us".
#: (Only forms no report uses of others: "subscribe to our", not "subscribe": "2 million people subscribe to the
#: channel"; "folgen sie uns", not "folgen sie": "Tausende folgen sie auf Instagram".)
_FOLLOW_CALLS = (" subscribe to our", " subscribe now", " sign up for our", " sign up to our", " follow us",
                 "abonnieren sie", "jetzt anmelden", "folgen sie uns", "schreiben sie uns", "inscrivez-vous",
                 "abonnez-vous", "suivez-nous", "rejoignez-nous", "écrivez-nous", "suscríbete", "suscríbase",
                 "síguenos", "síganos", "únete a", "apúntate", "escríbenos", "подписывайтесь", "подпишитесь",
                 "присоединяйтесь", "следите за нами", "пишите нам", "підписуйтесь", "підпишіться", "приєднуйтесь", "стежте за нами", "пишіть нам")
#: ... where it is to follow or subscribe to: a channel, a network or a newsletter.
_CHANNELS = ("newsletter", "telegram", "whatsapp", "viber", "instagram", "facebook", "tiktok", "youtube", "twitter",
             "google news", "вконтакте", "канал", "рассылк", "розсилк", "boletín", "infolettre", "podcast")
#: A follow or subscribe prompt is at most this many words.
MAX_FOLLOW_WORDS = 30
#: A cookie notice speaks of the site itself ("We use cookies ...", "Ce site utilise des cookies ...").
_SITE_SELF = ("we use", "this site", "this website", "our site", "our website", "wir verwenden", "wir nutzen",
              "diese website", "diese seite", "unsere website", "ce site", "nous utilisons", "notre site", "utilizamos",
              "usamos", "este sitio", "esta web", "nuestro sitio", "nuestra web", "мы используем", "наш сайт",
              "сайт использует", "ми використовуємо", "сайт використовує")
#: A cookie notice is at most this many words.
MAX_COOKIE_WORDS = 60
#: The buttons a share line lists after its label ("Поділитися: Facebook Telegram Viber", "Teilen: Facebook X E-Mail").
_SHARE_BUTTONS = frozenset({
    "facebook", "twitter", "x", "whatsapp", "telegram", "viber", "linkedin", "e-mail", "email", "mail", "вконтакте",
    "vk", "одноклассники", "ok", "pinterest", "reddit", "messenger", "threads", "bluesky", "xing", "flipboard",
    "tiktok", "instagram", "copy", "link", "print", "drucken", "imprimer", "imprimir", "copier", "copiar", "kopieren",
    "lien", "enlace", "ссылка", "посилання", "печать", "друк"})
#: The words between a share label and its buttons ("Share on", "Compartir en", "Partager sur", "Teilen auf").
_SHARE_GLUE = frozenset({"on", "via", "auf", "per", "sur", "par", "en", "por", "в", "у", "через", "this", "article",
                         "artikel", "l'article", "cet", "article", "noticia", "статтею", "статьей", "and", "und", "et",
                         "y", "и", "і", "та"})


def is_follow_prompt(low: str) -> bool:
    """True for a short call to follow or subscribe (lower-cased ``low``): an imperative of :data:`_FOLLOW_CALLS` and
    a channel of :data:`_CHANNELS` ("Подписывайтесь на наш Telegram-канал", "Folgen Sie uns auf Instagram"), or
    German's "jetzt ... abonnieren" ("Jetzt den Wissen-Newsletter abonnieren und nichts mehr verpassen!")."""
    if len(low) > 300 or len(low.split()) > MAX_FOLLOW_WORDS or not any(c in low for c in _CHANNELS):
        return False
    padded = f" {low} "
    return any(call in padded for call in _FOLLOW_CALLS) or ("abonnieren" in low and "jetzt" in low)


def is_cookie_notice(low: str) -> bool:
    """True for a site's cookie notice (lower-cased ``low``): short, about cookies, and the site speaks of itself
    ("Мы используем файлы cookie ...", "Utilizamos cookies propias ..."), unlike a report on cookie rules."""
    return ("cookie" in low and len(low) <= 600 and len(low.split()) <= MAX_COOKIE_WORDS
            and any(s in low for s in _SITE_SELF))


def is_share_line(low: str) -> bool:
    """True for a share label followed by buttons only (lower-cased ``low``): "Поділитися: Facebook Telegram Viber",
    "Compartir en: Facebook X WhatsApp", "Partager : Facebook Twitter LinkedIn E-mail"."""
    if len(low) > 200:
        return False
    words = low.replace(":", " ").replace("|", " ").replace("·", " ").replace("•", " ").replace(",", " ").split()
    if len(words) < 2 or words[0] not in SHARE_LABELS:
        return False
    rest = [w for w in words[1:] if w not in _SHARE_GLUE]
    return bool(rest) and all(w in _SHARE_BUTTONS for w in rest)


def is_furniture(block: str) -> bool:
    """True for a short line of newsletter or page furniture ("View this email in your browser", "Unsubscribe",
    a paywall's "Jetzt abonnieren und weiterlesen"), a call to follow or subscribe, a share line, a cookie notice,
    or a related link whose label was set in bold ("**Lire aussi :** [title](...)", given here without the marks)."""
    low = block.lower()
    if is_cookie_notice(low) or is_follow_prompt(low) or is_share_line(low) or (len(block) <= 300 and RELATED.match(block)):
        return True
    if len(block) > 160:
        return False
    if is_paywall_prompt(block):
        return True
    if "unsubscribe" in low and not any(phrase in low for phrase in _FURNITURE_PHRASES if phrase != "unsubscribe"):
        # A link's label, not a sentence of the body ("Readers can unsubscribe at any time, the chair said.")
        return "|" in block or not SENTENCE_END.search(block)
    return any(phrase in low for phrase in _FURNITURE_PHRASES)


def is_footer_start(blocks: list[str], i: int) -> bool:
    """True when ``blocks[i]`` starts a newsletter's footer that runs to the end: a short line with an unsubscribe or
    preferences link (no sentence) or the notice why the reader got the email, at most :data:`MAX_FOOTER_BLOCKS`
    blocks from the end, none of the rest a long paragraph."""
    if len(blocks) - i > MAX_FOOTER_BLOCKS:
        return False
    block = blocks[i].strip()
    if len(block) > 300:
        return False
    low = block.lower()
    link = len(block) <= 160 and any(p in low for p in _FOOTER_LINKS) and (
        "|" in block or not SENTENCE_END.search(block))
    if not link and not any(p in low for p in _FOOTER_NOTICES):
        return False
    return all(len(b) <= 400 for b in blocks[i + 1:])


def is_breadcrumb(block: str) -> bool:
    """True for a page's breadcrumb trail: "Home › Business", "Главная » Экономика » Транспорт"."""
    if len(block) > 120:
        return False
    for sep in ("›", "»", "→", " > "):
        if sep in block:
            parts = [part.strip() for part in block.split(sep)]
            return (len(parts) >= 2 and all(1 <= len(part.split()) <= 3 for part in parts)
                    and not any(c in block for c in ".!?«"))
    return False


def is_section_label(first: str, following: list[str]) -> bool:
    """True when ``first`` is a page's section label ("Wirtschaft", "Business") and the line after it the title.

    A label is one to three words without digits or sentence marks; the title after
    it has four words or more, no final sentence mark, and is no byline or date.
    """
    if not following or len(first) > 40 or len(first.split()) > 3 or any(c.isdigit() or c in ".!?:;,|" for c in first):
        return False
    title = strip_inline_markdown(following[0].strip())
    return (4 <= len(title.split()) and len(title) <= 200 and not SENTENCE_END.search(title)
            and heading_text(title) is None and not list_mark(title) and read_byline(title) is None
            and not is_date_line(title) and not BOILERPLATE.match(title))


#: A transcript's notes in brackets: "[APPLAUSE]", "(Laughter.)", "[END OF TRANSCRIPT]", "(Beifall bei der SPD)",
#: "[Rires]", "(Аплодисменты)". Lowercased; a note is one of them, alone or followed by more words.
_TRANSCRIPT_NOTES = (
    "applause", "laughter", "crosstalk", "cross talk", "inaudible", "unintelligible", "indiscernible", "end of transcript",
    "end transcript", "begin transcript", "transcript ends", "commercial break", "begin video clip", "end video clip",
    "video clip", "audio clip", "begin videotape", "end videotape", "cheers", "cheering", "booing", "boos",
    "overlapping voices", "off mic", "off-mic", "technical difficulties", "recess", "break in transmission",
    "beifall", "applaus", "gelächter", "heiterkeit", "lachen", "zwischenruf", "unverständlich", "ende des transkripts",
    "applaudissements", "rires", "brouhaha", "fin de la transcription", "aplausos", "risas", "fin de la transcripción",
    "аплодисменты", "смех", "неразборчиво", "конец стенограммы", "шум в зале", "оплески", "сміх", "нерозбірливо",
    "кінець стенограми", "шум у залі",
)
#: A bracketed note of at most 60 characters (one bounded class: linear).
_BRACKETED = re.compile(r"[\[(]([^\[\]()\n]{1,60})[\])]")


def _is_transcript_note(inner: str) -> bool:
    low = " ".join(inner.lower().strip(" .!…").split())
    return any(low == note or low.startswith(note + " ") for note in _TRANSCRIPT_NOTES)


def drop_transcript_notes(block: str) -> str:
    """``block`` without a transcript's bracketed notes (:data:`_TRANSCRIPT_NOTES`); a block that is only a note in
    square brackets and capitals ("[END OF TRANSCRIPT]", "[VIDEO ENDS]") gives ``""``. An aside in round brackets
    ("(UNDERSTATEMENT OF THE YEAR)") and a bracket in a script without capitals ("[责任编辑:肖春芳]", an editor's
    credit the extraction benchmark expects) stay."""
    stripped = block.strip()
    if stripped[:1] in "[(" and stripped[-1:] in "])" and len(stripped) <= 62:
        inner = stripped[1:-1]
        if "[" not in inner and "(" not in inner and (_is_transcript_note(inner) or (
                stripped[0] == "[" and any(c.isupper() for c in inner) and not any(c.islower() for c in inner))):
            return ""
    if "[" not in block and "(" not in block:
        return block
    out = _BRACKETED.sub(lambda m: "" if _is_transcript_note(m.group(1)) else m.group(0), block)
    return " ".join(out.split()) if out != block else block


def is_embedded_post(block: str) -> bool:
    """True for an embedded social-media post: "... — Trade Watcher (@tradewatcher) December 2, 2024"."""
    at = block.rfind("(@")
    if at < 0 or len(block) - at > 60:
        return False
    dash = max(block.rfind("— ", 0, at), block.rfind("&mdash; ", 0, at), block.rfind("-- ", 0, at))
    return dash >= 0 and at - dash <= 60


#: Texts longer than this are not searched for repeated pull quotes (each search reads the whole text).
MAX_REPEAT_SEARCH_CHARS = 200_000


def _words_key(text: str) -> str:
    return " ".join("".join(c.lower() if c.isalnum() else " " for c in text).split())


_OPENING_QUOTES = "\"“‘'«„»‹"


def drop_repeats(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a short quotation whose words stand again in a longer paragraph (a pull quote).

    Only a paragraph that opens with a quotation mark: repeated plain text (a lead sentence set again as a
    paragraph, test pages) stays, as it did (benchmarks/extraction.py synthetic recall fell 0.990 -> 0.962
    when any short repeat went); so does a quotation that stands as a paragraph more than once (dialogue's
    refrain: "I would prefer not to." in a story that also quotes it inside longer paragraphs). A pull quote may
    repeat a whole paragraph of one sentence ("«La maire a déclaré ...»" over "La maire a déclaré ..."); it opens
    with any of the users' quotation marks (German „...“ and »...« too)."""
    if len(paragraphs) < 2 or sum(map(len, paragraphs)) > MAX_REPEAT_SEARCH_CHARS:
        return paragraphs
    keys = [_words_key(p) for p in paragraphs]
    quoted = [p[:1] in _OPENING_QUOTES for p in paragraphs]
    # a quotation set as a paragraph of its own more than once is a refrain, not a pull quote
    standing = Counter(key for key, q in zip(keys, quoted) if q)
    kept = []
    for i, p in enumerate(paragraphs):
        key = keys[i]
        if quoted[i] and len(key.split()) <= 40 and len(key) >= 20 and standing[key] == 1 and any(
                j != i and len(other) >= len(key) and f" {key} " in f" {other} " for j, other in enumerate(keys)):
            continue
        kept.append(p)
    return kept
