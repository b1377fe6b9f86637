"""Ingest defects of the qaweb51 tour of made-up news pages in the users' six languages (WordPress, Drupal, AMP,
Next.js, live blogs, galleries, paywalls, JSON-LD, OpenGraph, <time>, tables, right-to-left snippets), by kind:
inline markup glued to the punctuation after it, a byline's label read into the first author's name, a page's meta
author naming only the first of the byline's authors, the byline or the authors' names left in the body, a byline
whose date has a clock time, and a paywall's prompt. Each page is made up."""

from __future__ import annotations

import json

import pytest

from briefing.core.errors import LoadError
from briefing.core.ingest.bylines import read_byline, strip_byline_label
from briefing.core.ingest.cleaning import clean_text
from briefing.core.ingest.html import article_from_html, html_string_blocks, read_page_head

RU = ["Областная дума во вторник утвердила программу ремонта мостов, рассчитанную на ближайшие пять лет.",
      "В первую очередь отремонтируют три моста через реку, закрытые для грузовиков с прошлой осени.",
      "Депутаты от оппозиции заявили, что денег на программу не хватит, и потребовали пересмотреть смету."]
UK = ["Обласна рада у вівторок затвердила програму ремонту мостів, розраховану на найближчі п'ять років.",
      "Насамперед відремонтують три мости через річку, закриті для вантажівок з минулої осені.",
      "Депутати від опозиції заявили, що грошей на програму не вистачить, і вимагали переглянути кошторис."]
DE = ["Der Kreistag hat am Dienstag ein Programm zur Sanierung der Brücken für die nächsten fünf Jahre beschlossen.",
      "Zuerst werden drei Brücken über den Fluss saniert, die seit dem vergangenen Herbst für Lastwagen gesperrt sind.",
      "Die Opposition erklärte, das Geld werde nicht reichen, und forderte eine Überprüfung der Kostenplanung."]
EN = ["The county council approved a five-year programme on Tuesday to repair the bridges over the river.",
      "Three bridges that have been closed to lorries since last autumn will be repaired first, officials said.",
      "Opposition councillors said the money would not be enough and asked for the cost plan to be reviewed."]
ES = ["La diputación aprobó el martes un programa para reparar los puentes del río durante los próximos cinco años.",
      "Primero se repararán tres puentes que están cerrados a los camiones desde el otoño pasado.",
      "La oposición afirmó que el dinero no alcanzará y pidió que se revise el presupuesto de las obras."]
FR = ["Le conseil départemental a approuvé mardi un programme de réparation des ponts pour les cinq prochaines années.",
      "Trois ponts fermés aux camions depuis l'automne dernier seront réparés en premier, selon le département.",
      "L'opposition a affirmé que l'argent ne suffirait pas et a demandé une révision du budget des travaux."]


def _page(head: str, article: str, lang: str = "en") -> str:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body>"
            f"<header><nav><a href='/'>Home</a> <a href='/n'>News</a></nav></header><main>{article}</main>"
            f"<footer><p>© 2025 Example Media</p></footer></body></html>")


def _paras(body: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in body)


def _text(article) -> str:
    return "\n".join(" ".join(p) for p in article.paragraphs)


def test_inline_markup_is_not_parted_from_the_punctuation_after_it():
    """'<bdi>עכשיו</bdi>, das' reads 'עכשיו, das' (the browser's text), not 'עכשיו , das'; a table's cells stay apart."""
    snippet = ("Auf einem Plakat stand <span dir='rtl' lang='ar'>الترام للجميع</span> („Straßenbahn für alle“), daneben "
               "eines auf Hebräisch, <bdi lang='he'>רכבת קלה עכשיו</bdi>, das Anwohner seit dem <b>Morgen</b>; trugen.")
    article = article_from_html(_page("<title>Brücken werden saniert</title>",
                                      f"<article><h1>Brücken werden saniert</h1>{_paras(DE[:2])}<p>{snippet}</p>"
                                      f"{_paras(DE[2:])}</article>", "de"))
    text = _text(article)
    assert "רכבת קלה עכשיו, das Anwohner seit dem Morgen; trugen." in text
    assert "עכשיו ," not in text
    table = "<table><tr><th>Jahr</th><th>Mio.</th></tr><tr><td>2026</td><td>120</td></tr></table>"
    assert html_string_blocks(table) == ["Jahr Mio.", "2026 120"]


def test_a_bylines_label_is_no_part_of_the_first_authors_name():
    """'Автор: Иван Петров, Ольга Смирнова' in a WordPress byline: trafilatura reads 'Автор Иван Петров; ...'."""
    assert strip_byline_label("Автор Иван Петров") == "Иван Петров"
    assert strip_byline_label("By Jane Doe") == "Jane Doe"
    assert strip_byline_label("Von") == "Von" and strip_byline_label("Bybee Jones") == "Bybee Jones"
    for lang, body, byline, names in (
            ("ru", RU, "Автор: Иван Петров, Ольга Смирнова", ["Иван Петров", "Ольга Смирнова"]),
            ("uk", UK, "Автор: Андрій Шевчук, Марія Бондар", ["Андрій Шевчук", "Марія Бондар"])):
        html = _page("<title>Мосты</title><meta name='generator' content='WordPress 6.4.2'>",
                     f"<article class='post'><header class='entry-header'><h1 class='entry-title'>Ремонт мостов</h1>"
                     f"<div class='entry-meta'><span class='byline'>{byline}</span></div></header>"
                     f"<div class='entry-content'>{_paras(body)}</div></article>", lang)
        assert article_from_html(html).authors == names


def test_the_bylines_authors_win_over_a_meta_tag_naming_the_first_of_them():
    """A Drupal page's <meta name=author> names the first author; the byline under the headline names both."""
    html = _page("<title>Brücken werden saniert</title><meta name='author' content='Thomas Müller'>",
                 "<article class='node node--type-article'><h1 class='page-title'>Kreistag beschließt Sanierung der Brücken</h1>"
                 "<div class='node__meta'><span>Von Thomas Müller und Anna Schmidt</span></div>"
                 f"<div class='field field--name-body'>{_paras(DE)}</div></article>", "de")
    assert article_from_html(html).authors == ["Thomas Müller", "Anna Schmidt"]


def test_the_authors_names_and_byline_before_the_body_are_no_body_text():
    """An AMP page's byline box with only the names ('Jane Doe, Mark Ellis', the authors of its JSON-LD) and a live
    blog's byline that trafilatura puts after the first entry ('By Jane Doe and Mark Ellis') leave the body."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Bridges to be repaired",
          "datePublished": "2025-03-11T09:30:00+01:00",
          "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Mark Ellis"}]}
    amp = _page(f"<title>Bridges to be repaired</title><script type='application/ld+json'>{json.dumps(ld)}</script>",
                f"<article><h1>Bridges to be repaired</h1><div class='amp-byline'>Jane Doe, Mark Ellis</div>"
                f"<amp-img src='/b.jpg' width='8' height='4'></amp-img>{_paras(EN)}</article>")
    article = article_from_html(amp)
    assert article.authors == ["Jane Doe", "Mark Ellis"]
    assert _text(article) == "\n".join(EN)
    ld["@type"] = "LiveBlogPosting"
    entries = "".join(f"<article class='live-entry'><time datetime='2025-03-11T{9 + i}:00:00+01:00'>{9 + i}:00</time>"
                      f"<div><p>{p}</p></div></article>" for i, p in enumerate(EN))
    live = _page(f"<title>Bridges to be repaired</title><script type='application/ld+json'>{json.dumps(ld)}</script>",
                 f"<h1>Bridges to be repaired</h1><p class='standfirst'>By Jane Doe and Mark Ellis</p>"
                 f"<div class='live-blog'>{entries}</div>")
    article = article_from_html(live)
    assert "Jane Doe" not in _text(article)
    assert article.authors == ["Jane Doe", "Mark Ellis"] and article.date.startswith("2025-03-11")


def test_a_byline_with_a_date_and_its_clock_time():
    """'11.03.2025, 10:20 · Par Pierre Martin et Claire Lefèvre' is a byline (and leaves the body of a page whose
    date is in its <time datetime>)."""
    assert read_byline("11.03.2025, 10:20 · Par Pierre Martin et Claire Lefèvre") == (
        ["Pierre Martin", "Claire Lefèvre"], "2025-03-11")
    assert read_byline("Von Anna Schmidt | 3. Mai 2024 um 10:20 Uhr") == (["Anna Schmidt"], "2024-05-03")
    assert read_byline("By Jane Doe · 3 May 2024 at 10:20") == (["Jane Doe"], "2024-05-03")
    assert read_byline("By Jane Doe · 3 May 2024 at noon") is None
    for lang, body, byline, names in (
            ("fr", FR, "Par Pierre Martin et Claire Lefèvre", ["Pierre Martin", "Claire Lefèvre"]),
            ("ru", RU, "Автор: Иван Петров, Ольга Смирнова", ["Иван Петров", "Ольга Смирнова"])):
        html = _page("<title>Ponts — Le Courrier</title>",
                     f"<article><h1>Ponts</h1><div class='meta'><time datetime='2025-03-11T10:20:00+02:00'>11.03.2025, "
                     f"10:20</time> · <span class='author'>{byline}</span></div>{_paras(body)}</article>", lang)
        article = article_from_html(html)
        assert _text(article) == "\n".join(body)
        assert article.authors == names and article.date.startswith("2025-03-11")


def test_a_paywalls_prompt_is_no_body_text():
    """The heading of a paywall's box under the teaser, in each language; the hidden rest stays out."""
    for lang, body, prompt in (("de", DE, "Jetzt abonnieren und weiterlesen"), ("es", ES, "Suscríbete para seguir leyendo"),
                               ("fr", FR, "Abonnez-vous pour lire la suite"),
                               ("ru", RU, "Оформите подписку, чтобы читать дальше"),
                               ("uk", UK, "Оформіть передплату, щоб читати далі")):
        html = _page("<title>x</title>", f"<article><h1>Brücken</h1><div class='article-body'>{_paras(body[:2])}"
                                         f"<div class='paywall' style='display: none'>{_paras(body[2:])}</div>"
                                         f"<div class='paywall-teaser'><h3>{prompt}</h3><a href='/abo'>Abo</a></div>"
                                         f"</div></article>", lang)
        assert _text(article_from_html(html)) == "\n".join(body[:2]), lang
    # a sentence of the body that speaks of subscribing and reading stays
    kept = "Readers who subscribe can read the archive."
    assert clean_text(f"{EN[0]}\n\n{kept}\n\n{EN[1]}", title_from_first_line=False).paragraphs == [EN[0], kept, EN[1]]


def test_a_pull_quote_repeating_a_whole_paragraph_or_in_german_quotes_leaves():
    """«...» over a paragraph of the same one sentence, and „...“ inside a longer one, are pull quotes."""
    quote = FR[2].rstrip(".")
    html = _page("<title>Ponts</title>", f"<article><h1>Ponts</h1>{_paras(FR[:2])}<blockquote class='pullquote'><p>«{quote}»"
                                         f"</p></blockquote>{_paras(FR[2:])}</article>", "fr")
    assert _text(article_from_html(html)) == "\n".join(FR)
    quote = "Das Geld werde nicht reichen"
    html = _page("<title>Brücken</title>", f"<article><h1>Brücken</h1>{_paras(DE[:2])}<aside class='pullquote'><p>„{quote}“"
                                           f"</p></aside>{_paras(DE[2:])}</article>", "de")
    assert _text(article_from_html(html)) == "\n".join(DE)
    # a quotation standing twice as a paragraph is a refrain and stays
    refrain = "«Nous ne lâcherons rien, jamais»"
    paragraphs = [FR[0], refrain, FR[1], refrain]
    assert clean_text("\n\n".join(paragraphs), title_from_first_line=False).paragraphs == paragraphs


def test_a_live_blogs_badge_is_no_body_text():
    """'LIVE', 'EN DIRECT', 'EN VIVO', 'НАЖИВО', 'ОНЛАЙН' alone on a line over a live blog's entries."""
    for lang, body, badge in (("es", ES, "EN VIVO"), ("uk", UK, "НАЖИВО"), ("ru", RU, "ОНЛАЙН"), ("fr", FR, "EN DIRECT"),
                              ("en", EN, "LIVE")):
        cleaned = clean_text("\n\n".join([badge] + body), title_from_first_line=False)
        assert cleaned.paragraphs == body, lang
    assert clean_text("\n\n".join(EN + ["Live"]), title_from_first_line=False).paragraphs == EN


def _script_page(head: str, lang: str, data_script: str) -> str:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body><div id='__next'></div>"
            f"{data_script}<script src='/_next/static/chunks/main.js' async></script></body></html>")


def test_a_page_its_scripts_draw_is_read_from_its_json():
    """A Next.js page rendered in the browser only: the article's paragraphs stand in __NEXT_DATA__ (blocks of
    {"type": "paragraph", "text": ...}, some with inline HTML); a page whose JSON-LD holds the ``articleBody``."""
    body = ES + ["El consejero de obras dijo que <a href='/t'>el calendario</a> se publicará en la web de la diputación."]
    data = {"props": {"pageProps": {"article": {
        "headline": "Los puentes del río serán reparados", "teaser": "Un programa de cinco años.",
        "authors": [{"name": "Ana García", "slug": "ana-garcia"}, {"name": "Luis Fernández", "slug": "luis-fernandez"}],
        "body": [{"type": "paragraph", "text": p} for p in body] + [{"type": "image", "src": "/p.jpg"}],
        "related": [{"title": "Cortes en la ronda previstos para el verano", "url": "/r/1"}]}}}, "buildId": "b1"}
    html = _script_page("<title>Los puentes del río serán reparados | Diario del Norte</title>"
                        "<meta property='og:title' content='Los puentes del río serán reparados'>"
                        "<meta property='article:published_time' content='2025-03-11T09:30:00Z'>", "es",
                        f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data, ensure_ascii=False)}</script>")
    article = article_from_html(html)
    assert article.title == "Los puentes del río serán reparados" and article.language == "es"
    assert article.authors == ["Ana García", "Luis Fernández"]
    assert _text(article) == "\n".join(ES + ["El consejero de obras dijo que el calendario se publicará en la web de la diputación."])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Мосты отремонтируют",
          "datePublished": "2025-03-11T09:30:00+03:00", "articleBody": " ".join(RU) + " " + " ".join(RU[:1])}
    html = _script_page("<title>Мосты отремонтируют</title>", "ru",
                        f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>")
    article = article_from_html(html)
    assert article.text.startswith(RU[0]) and article.date.startswith("2025-03-11")
    # JSON with no article in it (a menu's labels) gives no body
    menu = {"props": {"pageProps": {"menu": [{"text": "Inicio"}, {"text": "Local"}, {"text": "Deportes"}]}}}
    html = _script_page("<title>Diario</title>", "es", f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(menu)}</script>")
    with pytest.raises(LoadError):
        article_from_html(html)


def test_a_byline_with_an_agency_or_a_day_first_date():
    """'Von Thomas Müller und Anna Schmidt, dpa' names two authors; 'Por Ana García | 11/03/2025 - 10:20' is a
    byline with the day first (a Spanish, French, German or Russian byline); an English one stays unread."""
    assert read_byline("Von Thomas Müller und Anna Schmidt, dpa") == (["Thomas Müller", "Anna Schmidt"], None)
    assert read_byline("Por Ana García (EFE)") == (["Ana García"], None)
    assert read_byline("Автор: Иван Петров, ТАСС") == (["Иван Петров"], None)
    assert read_byline("Por Ana García y Luis Fernández | 11/03/2025 - 10:20") == (
        ["Ana García", "Luis Fernández"], "2025-03-11")
    assert read_byline("Par Pierre Martin · 31/02/2025") is None  # no such day
    assert read_byline("By Jane Doe | 11/03/2025") is None  # March 11 or November 3
    html = _page("<title>Puentes | Diario del Norte</title><meta property='og:site_name' content='Diario del Norte'>",
                 f"<div class='nota'><h1>Los puentes serán reparados</h1><div class='cuerpo'><p class='firma'>Por Ana García"
                 f" y Luis Fernández | 11/03/2025 - 10:20</p>{_paras(ES)}</div></div>", "es")
    article = article_from_html(html)
    assert article.authors == ["Ana García", "Luis Fernández"] and article.date == "2025-03-11"
    assert _text(article) == "\n".join(ES)


def test_json_ld_authors_and_publisher_by_reference_and_no_page_name_as_source():
    """WordPress's Yoast SEO graph: the article's author and publisher are {"@id": ...} references to Person and
    Organization objects; trafilatura reads the WebPage's name ("Headline - Site") as the site's name."""
    url = "https://www.example-post.co.uk/news/bridges"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "headline": "County to repair its river bridges",
         "datePublished": "2025-03-11T23:30:00-05:00", "mainEntityOfPage": {"@id": url},
         "author": [{"@id": "https://www.example-post.co.uk/#/person/1a"}, {"@id": "https://www.example-post.co.uk/#/person/2b"}],
         "publisher": {"@id": "https://www.example-post.co.uk/#organization"}},
        {"@type": "WebPage", "@id": url, "url": url, "name": "County to repair its river bridges - The Example Post"},
        {"@type": "Organization", "@id": "https://www.example-post.co.uk/#organization", "name": "The Example Post"},
        {"@type": "Person", "@id": "https://www.example-post.co.uk/#/person/1a", "name": "Jane Doe"},
        {"@type": "Person", "@id": "https://www.example-post.co.uk/#/person/2b", "name": "Mark Ellis"}]}
    html = _page(f"<title>County to repair its river bridges - The Example Post</title>"
                 f"<script type='application/ld+json'>{json.dumps(graph)}</script>",
                 f"<article><h1>County to repair its river bridges</h1>{_paras(EN)}</article>")
    article = article_from_html(html)
    assert article.source == "The Example Post"
    assert article.authors == ["Jane Doe", "Mark Ellis"] and article.url == url
    assert read_page_head(html).authors == ["Jane Doe", "Mark Ellis"]


def test_a_heading_with_no_text_after_it_ends_no_body():
    """The heading of footnotes that leave the body ("Примечания" over a short list of sources) goes with them."""
    html = _page("<title>Мосты</title>", f"<article class='news'><h1>Мосты отремонтируют</h1>{_paras(RU)}"
                                          "<div class='notes'><h4>Примечания</h4><ol><li id='n1'>Решение думы № 14 от 11 "
                                          "марта 2025 года.</li></ol></div></article>", "ru")
    assert _text(article_from_html(html)) == "\n".join(RU)
    # a heading inside the body, with text after it, stays
    html = _page("<title>Bridges</title>", f"<article><h1>Bridges</h1>{_paras(EN[:2])}<h2>What happens next</h2>"
                                           f"{_paras(EN[2:])}</article>")
    assert "What happens next" in _text(article_from_html(html))


def test_a_newsletter_or_related_box_named_by_its_class_leaves_the_body():
    """A sign-up box in the middle of the article (its invitation is a whole sentence) and a related-stories box with
    a teaser sentence."""
    box = ("<div class='newsletter-inline'><h3>Get the Morning Briefing</h3><p>Sign up to receive the day's top local "
           "stories every weekday morning before seven.</p><form><input type='email'><button>Sign up</button></form>"
           "<p class='small'>By signing up you agree to our privacy policy.</p></div>")
    html = _page("<title>Bridges</title>", f"<article><h1>Bridges</h1><div class='body'>{_paras(EN[:2])}{box}"
                                           f"{_paras(EN[2:])}</div></article>")
    assert _text(article_from_html(html)) == "\n".join(EN)
    box = ("<aside class='c-related c-related--inline'><span>À lire aussi</span><a href='/x'><h4>Les tarifs des bus "
           "augmenteront</h4><p>Les tarifs des bus de la métropole augmenteront de cinq pour cent au premier avril prochain.</p></a></aside>")
    html = _page("<title>Ponts</title>", f"<article><h1>Ponts</h1><div class='body'>{_paras(FR[:2])}{box}"
                                         f"{_paras(FR[2:])}</div></article>", "fr")
    assert _text(article_from_html(html)) == "\n".join(FR)


def test_bylines_in_each_language_with_labels_dashes_agencies_and_publication_words():
    """How bylines of the six languages' news sites are written; each names its authors (and date)."""
    cases = {
        "Par Pierre Martin (avec AFP)": (["Pierre Martin"], None),
        "Auteur : Pierre Martin": (["Pierre Martin"], None),
        "Par Pierre Martin, publié le 11 mars 2025 à 10h20": (["Pierre Martin"], "2025-03-11"),
        "Por Ana García. Madrid": (["Ana García"], None),
        "Redacción: Ana García": (["Ana García"], None),
        "Автор — Иван Петров": (["Иван Петров"], None),
        "Текст: Іван Петренко": (["Іван Петренко"], None),
        "Autorin: Anna Schmidt": (["Anna Schmidt"], None),
        "Von Anna Schmidt, 11.03.2025, 10:20 Uhr": (["Anna Schmidt"], "2025-03-11"),
        "By Jane Q. Public": (["Jane Q. Public"], None),
    }
    for line, expected in cases.items():
        assert read_byline(line) == expected, line
    assert read_byline("Text Anna Schmidt") is None  # a label without its colon is no byline
    html = _page("<title>Ponts</title>", f"<article><h1>Ponts</h1><p class='signature'>Par Pierre Martin, publié le 11 mars "
                                         f"2025 à 10h20</p>{_paras(FR)}</article>", "fr")
    article = article_from_html(html)
    assert article.authors == ["Pierre Martin"] and article.date == "2025-03-11" and _text(article) == "\n".join(FR)
