"""The boilerplate filter of a page's body blocks: interface widgets, chrome boxes (newsletter, related,
consent ...) and jusText-style short link-heavy blocks go; running text, data (tables, code) and the article's
own short lines stay."""

from __future__ import annotations

import functools

from .blocks import Block, local_tag

#: jusText's stop lists (package ``jusText``, thousands of words each) for briefing's six languages.
_FILTER_LANGUAGES = ("English", "Russian", "Ukrainian", "German", "French", "Spanish")
#: Below this share of stop words (best of the six lists) the body is not in a
#: language the filter knows, and it is left alone.
MIN_STOP_WORD_SHARE = 0.15
#: A sentence of this many words (ending in ., !, ?, … or a closing quote) is running text: never dropped.
SENTENCE_WORDS = 10
#: Elements whose text is data, not prose: code, formulas, tables (infoboxes), definition lists.
_DATA_TAGS = frozenset({"pre", "code", "table", "math", "dl", "kbd", "samp"})
_TEXT_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dt", "dd", "address",
                        "summary", "caption"})
_LIST_TAGS = frozenset({"ul", "ol", "li"})
#: Blocks that go with a container (a gallery, a player, a box) that holds no good text: list items and
#: text directly in a ``div``-like element. A paragraph or a figure caption stays.
_BOX_TEXT_TAGS = frozenset({"li", "div", "section", "aside", "figure", "span", "article"})
#: ARIA roles of interface widgets, never article text.
_WIDGET_ROLES = frozenset({"dialog", "alertdialog", "menu", "menubar", "menuitem", "menuitemradio",
                           "menuitemcheckbox", "toolbar", "tooltip", "navigation", "banner", "contentinfo",
                           "search", "tablist", "slider", "progressbar", "timer", "status"})
_WIDGET_TAGS = frozenset({"button", "select", "option", "input", "textarea"})
#: How a credit line starts ("Reporting by ...", "Foto: ...", "Текст: ..."), lowercased; only short blocks.
_CREDIT_LABELS = (
    "reporting by", "additional reporting by", "editing by", "writing by", "written by", "edited by",
    "photo:", "photos:", "photograph:", "video:", "text:", "words:",
    "текст:", "фото:", "видео:", "редактор:", "автор:", "текст і фото:", "редакторка:",
    "foto:", "fotos:", "mitarbeit:", "redaktion:", "text und fotos:", "bild:",
    "texte :", "texte:", "photo :", "rédaction :", "rédaction:", "avec ", "édition :",
    "texto:", "redacción:", "edición:", "fotografía:",
)
SENTENCE_END = frozenset(".!?…")


@functools.cache
def _stop_list(language: str) -> frozenset[str]:
    import justext

    return justext.get_stoplist(language)


def _stop_words_of(blocks: list[Block]) -> frozenset[str]:
    """Return jusText's stop list (of :data:`_FILTER_LANGUAGES`) that matches most words of ``blocks``,
    or an empty set when none matches :data:`MIN_STOP_WORD_SHARE` of them."""
    words = [w.lower() for block in blocks for w in block.text.split()]
    if not words:
        return frozenset()
    best, hits = frozenset(), 0
    for language in _FILTER_LANGUAGES:
        stop = _stop_list(language)
        count = sum(w in stop for w in words)
        if count > hits:
            best, hits = stop, count
    return best if hits >= MIN_STOP_WORD_SHARE * len(words) else frozenset()


def _is_widget(el) -> bool:
    role = (el.get("role") or "").strip().lower()
    return (local_tag(el) in _WIDGET_TAGS or role in _WIDGET_ROLES or el.get("aria-hidden") == "true"
            or el.get("hidden") is not None or "display:none" in (el.get("style") or "").replace(" ", "").lower())


def drop_widgets(root) -> None:
    """Remove interface widgets (buttons, dialogs, menus, hidden parts) from an lxml tree, keeping tails."""
    for el in [el for el in root.iter() if isinstance(el.tag, str) and el is not root and _is_widget(el)]:
        if el.getparent() is not None:
            el.drop_tree()


#: Parts of a class name (split at white space, "-" and "_") that name a box of page chrome inside the article's
#: container: a newsletter sign-up, related links, a cookie notice, a recommendation widget. Not "share", "ad" or
#: "comment": a chart's id names "a share of GDP", code highlighting's spans are "comment"s, and an empty "ad"
#: placeholder costs nothing (benchmarks/extraction.py lost 0.004-0.008 F1 on three pages with them).
_CHROME_NAME_PARTS = frozenset({
    "newsletter", "signup", "promo", "cookie", "cookies", "consent", "gdpr", "related", "recirculation", "outbrain",
    "taboola",
})
#: A chrome box (:data:`_CHROME_NAME_PARTS`) holds at most this many words; a larger element is the article.
MAX_CHROME_BOX_WORDS = 100


def _is_chrome_box(el) -> bool:
    parts = set((el.get("class") or "").lower().replace("-", " ").replace("_", " ").split())
    return bool(parts & _CHROME_NAME_PARTS) and len(el.text_content().split()) <= MAX_CHROME_BOX_WORDS


def drop_chrome_boxes(root) -> None:
    """Remove boxes of page chrome named by their class or id (a newsletter sign-up, related links, share tools)
    from the article's container, keeping tails; the container itself and any element of over
    :data:`MAX_CHROME_BOX_WORDS` words stay."""
    for el in [el for el in root.iter() if isinstance(el.tag, str) and el is not root and _is_chrome_box(el)
               and not _in_data(el, root)]:
        if el.getparent() is not None:
            el.drop_tree()


def _has_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence (., !, ?, …) after at least :data:`SENTENCE_WORDS` words (with a letter)."""
    words = 0
    for word in text.split():
        words += any(c.isalpha() for c in word)
        if word.rstrip("\"'”’»)]").endswith(tuple(SENTENCE_END)):
            if words >= SENTENCE_WORDS:
                return True
            words = 0
    return False


def _in_data(el, root) -> bool:
    while el is not None and el is not root:
        if local_tag(el) in _DATA_TAGS:
            return True
        el = el.getparent()
    return False


def _container(el):
    """The element a block belongs to: the block's own element when text sits in it directly (a ``div``),
    else the nearest ancestor that is neither a text element (``p``, ``li``) nor a list."""
    if local_tag(el) not in _TEXT_TAGS and local_tag(el) not in _LIST_TAGS:
        return el
    parent = el.getparent()
    while parent is not None and (local_tag(parent) in _LIST_TAGS or local_tag(parent) in _TEXT_TAGS):
        parent = parent.getparent()
    return parent if parent is not None else el


def filter_boilerplate(blocks: list[Block], root=None) -> list[Block]:
    """Return the blocks of an article fragment without what is clearly page chrome.

    Each block is classified by jusText's ``classify_paragraphs`` (Pomikálek 2011; its default
    thresholds and its own stop list of the best-matching language): good, near-good, short or bad
    from its length, link and stop-word density. Running text is never dropped: a block with a
    sentence of :data:`SENTENCE_WORDS` words, a heading, text in code, formulas, tables and definition
    lists. Of the rest, a block goes when it has no letter (a time stamp, a counter), when it is a
    credit line ("Reporting by ...", "Foto: ..."), when jusText calls it bad (link-dense, "©", few
    stop words) unless both its neighbours are good text, or when its container (a gallery, a player,
    a box; lists looked through) holds no good text at all. Blocks in a language without a stop list
    are returned unchanged.
    """
    from justext.core import (
        LENGTH_LOW_DEFAULT,
        STOPWORDS_LOW_DEFAULT,
        classify_paragraphs,
    )
    from justext.paragraph import Paragraph

    stop = _stop_words_of(blocks)
    if not stop:
        return blocks

    class _Path:
        def __init__(self, dom: str) -> None:
            self.dom, self.xpath = dom, ""

    pars = []
    for block in blocks:
        par = Paragraph(_Path(block.dom_path))
        par.text_nodes = [block.text]
        par.chars_count_in_links = block.link_chars
        pars.append(par)
    classify_paragraphs(pars, stop)
    # Good text: good by jusText, or near-good with a whole sentence (a caption is near-good too).
    good = [par.cf_class == "good" or (par.cf_class == "neargood" and _has_sentence(par.text)) for par in pars]
    good_containers = set()
    for block, is_good in zip(blocks, good):
        if is_good:
            el = block.element
            while el is not None:
                good_containers.add(el)
                el = el.getparent()
    kept = []
    for i, (block, par) in enumerate(zip(blocks, pars)):
        text = block.text
        if good[i] or par.heading or _in_data(block.element, root):
            kept.append(block)
            continue
        if not any(c.isalpha() for c in text):
            continue
        if _has_sentence(text):
            kept.append(block)
            continue
        if len(text) < 200 and text.lower().startswith(_CREDIT_LABELS):
            continue
        between_good = (0 < i < len(blocks) - 1 and good[i - 1] and good[i + 1]
                        and _container(blocks[i - 1].element) is _container(block.element)
                        is _container(blocks[i + 1].element))
        if between_good:
            kept.append(block)
            continue
        # Of jusText's bad blocks only a copyright line and a short bar of links with few stop words ("Share",
        # "Copy link") go; a hatnote ("Main article: ..."), a line of links that reads like text, a reference
        # in a list of sources and a list item with few stop words stay.
        if par.cf_class == "bad" and ("\xa9" in text or (
                block.link_chars and par.stopwords_density(stop) < STOPWORDS_LOW_DEFAULT and len(par) < LENGTH_LOW_DEFAULT)):
            continue
        if local_tag(block.element) in _BOX_TEXT_TAGS and _container(block.element) not in good_containers:
            continue
        kept.append(block)
    # A heading with nothing after it ("Примечания" over footnotes that went, "Related") heads no text.
    while kept and local_tag(kept[-1].element) in ("h1", "h2", "h3", "h4", "h5", "h6") \
            and not _in_data(kept[-1].element, root):
        kept.pop()
    return kept
