"""Ingest defects of the qa42 English tour, by kind (ingest43): a byline's job title, a byline in a box of metadata
the extractors leave out, a section label over the headline, the publication's name in the page's <title>, JSON-LD
URL and author, a blog's read-time byline, share prompts, newsletter footers and transcript notes. Each text is made
up; where the kind exists in another of the app's languages, a second text checks it there."""

from __future__ import annotations

import time

from briefing.core.ingest import article_from_text
from briefing.core.ingest.bylines import is_job_title, read_byline, strip_job_title
from briefing.core.ingest.cleaning import clean_text
from briefing.core.ingest.html import article_from_html

EN = ["The harbour board voted on Tuesday to raise mooring fees by a fifth from April, the first rise in six years.",
      "Fishing crews said the rise would push some boats out of business, and asked for a review after a year.",
      "The board's chair said the money would pay for a new breakwater that storms have delayed since 2021."]
DE = ["Der Hafenrat hat am Dienstag beschlossen, die Liegegebühren ab April um ein Fünftel zu erhöhen.",
      "Die Fischer sagten, die Erhöhung werde einige Boote aus dem Geschäft drängen, und forderten eine Prüfung.",
      "Die Vorsitzende sagte, das Geld solle einen neuen Wellenbrecher bezahlen, der seit 2021 auf sich warten lässt."]
FR = ["Le conseil du port a voté mardi une hausse d'un cinquième des droits d'amarrage à partir d'avril.",
      "Les pêcheurs ont dit que la hausse pousserait certains bateaux à la faillite et ont demandé un réexamen.",
      "La présidente a dit que l'argent paierait une nouvelle digue que les tempêtes retardent depuis 2021."]


def _page(head: str, article: str, body: list[str]) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body><article>{article}{paragraphs}</article></body></html>"


def _text(article) -> str:
    return " ".join(s for p in article.paragraphs for s in p)


def test_a_job_title_is_no_part_of_the_name():
    """'Liam Nguyen State Political Reporter' names Liam Nguyen; a title alone ('Political correspondent') is no name."""
    assert strip_job_title("Liam Nguyen State Political Reporter") == "Liam Nguyen"
    assert strip_job_title("Anna Schmidt Politische Korrespondentin") == "Anna Schmidt"
    assert strip_job_title("Mary Editor") == "Mary Editor"  # one name word left: the name stays whole
    assert is_job_title("Political correspondent") and is_job_title("envoyé spécial à Kiev")
    assert not is_job_title("Liam Nguyen State Political Reporter")
    assert read_byline("By Harriet Clegg, Political correspondent") == (["Harriet Clegg"], None)
    assert read_byline("Von Anna Schmidt, Wirtschaftskorrespondentin · 3. Mai 2024") == (["Anna Schmidt"], "2024-05-03")
    assert read_byline("Par Jean Dupont, envoyé spécial à Kiev") == (["Jean Dupont"], None)
    assert read_byline("Автор: Иван Петров, специальный корреспондент") == (["Иван Петров"], None)
    assert read_byline("Von Anna Schmidt, Berlin") == (["Anna Schmidt"], None)  # a town is no title, and no author


def test_a_job_title_of_any_capitalised_words_after_the_name_and_a_comma():
    """After "Name," a title need not use the listed modifiers ("Local Democracy Reporter", "Chief Asia Correspondent
    in Tokyo"), also with a date line under the byline; a second author after a comma stays an author."""
    assert read_byline("By Priya Ramanathan, Local Democracy Reporter") == (["Priya Ramanathan"], None)
    assert read_byline("By Tomas Hale, Chief Asia Correspondent in Tokyo") == (["Tomas Hale"], None)
    assert read_byline("By Priya Ramanathan, Local Democracy Reporter 14 November 2026") == (
        ["Priya Ramanathan"], "2026-11-14")
    assert read_byline("By Jane Doe, John Smith") == (["Jane Doe", "John Smith"], None)
    assert not is_job_title("Local Democracy Reporter")  # alone it may be a name and a title: not dropped whole
    article = article_from_text("Harbour fees to rise\n\nBy Priya Ramanathan, Local Democracy Reporter\n"
                                "14 November 2026\n\n" + "\n\n".join(EN))
    assert article.authors == ["Priya Ramanathan"] and article.date == "2026-11-14"
    html = _page("<title>Harbour fees</title>", "<h1>Harbour fees</h1>", EN).replace(
        "<title>", "<meta name='author' content='Priya Ramanathan, Local Democracy Reporter'><title>")
    assert article_from_html(html).authors == ["Priya Ramanathan"]


def test_an_author_box_with_a_job_title_on_its_second_line():
    """An author box 'Name<br>Title' gives the name as the author and does not stand in the body."""
    for name, title, body in (("Liam Nguyen", "State Political Reporter", EN),
                              ("Anna Schmidt", "Politische Korrespondentin", DE)):
        html = _page("<title>Harbour fees</title>", f"<h1>Harbour fees</h1><div class='author'>{name}<br>{title}</div>",
                     body)
        article = article_from_html(html)
        assert article.authors == [name]
        assert title not in _text(article) and name not in _text(article)


def test_a_byline_in_a_metadata_box_a_section_label_and_the_title_name():
    """A byline in a box the extractors drop is read; the section label over the headline goes; the source is the
    publication named in the page's <title>, not the domain."""
    cases = (("Harbour board votes to raise mooring fees from April", "Politics",
              "By Harriet Clegg, Political correspondent", "Harriet Clegg", " | The Northern Courier",
              "The Northern Courier", "Published 3 December 2024", EN),
             ("Hafenrat beschließt höhere Liegegebühren ab April", "Wirtschaft",
              "Von Anna Schmidt, Wirtschaftskorrespondentin", "Anna Schmidt", " - Nordkurier", "Nordkurier",
              "3. Dezember 2024", DE))
    for headline, label, byline, name, suffix, source, date, body in cases:
        html = _page(f"<title>{headline}{suffix}</title>"
                     "<meta property='og:url' content='https://www.northerncourier.example/politics/fees'>",
                     f"<span class='section'>{label}</span><h1>{headline}</h1>"
                     f"<div class='meta'><p>{byline}</p><p>{date}</p></div>", body)
        article = article_from_html(html)
        assert article.authors == [name]
        assert article.source == source
        assert label not in _text(article)
        assert article.paragraphs[0] == [body[0]]


def test_json_ld_gives_the_url_and_the_author():
    """The JSON-LD article's mainEntityOfPage (a string or an @id) is the URL; its Person author is read on an AMP
    page with no other author, an Organization author is no person."""
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite",'
          '"url":"https://www.example.org/"},{"@type":"NewsArticle","headline":"Harbour fees to rise",'
          '"mainEntityOfPage":{"@id":"https://harbour.example/news/fees"},'
          '"author":[{"@type":"Person","name":"Nadia Brooks"},{"@type":"Organization","name":"Harbour Wire"}],'
          '"publisher":{"@type":"Organization","name":"Harbour Review"}}]}</script>')
    html = _page(f"<title>Harbour fees to rise</title>{ld}", "<h1>Harbour fees to rise</h1>", EN)
    article = article_from_html(html)
    assert article.url == "https://harbour.example/news/fees"
    assert article.authors == ["Nadia Brooks"]
    assert article.source == "Harbour Review"
    amp = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Liegegebühren steigen",'
           '"author":{"@type":"Person","name":"Jonas Weber"},"url":"https://hafen.example/gebuehren"}</script>')
    article = article_from_html(_page(f"<title>Liegegebühren steigen</title>{amp}", "<h1>Liegegebühren steigen</h1>", DE))
    assert article.authors == ["Jonas Weber"]
    assert article.url == "https://hafen.example/gebuehren"


def test_a_blog_byline_with_a_read_time_and_a_share_prompt():
    """'Name · date · 8 min read' gives the author and date; 'Like this post? Share it: [Share](...)' is furniture,
    no caption and no paragraph (English and German)."""
    cases = (("# Harbour fees\n\n*Notes from the quay*\n\n**Ellen Marsh** · Dec 3, 2024 · 8 min read", EN,
              "*Like this post? Share it:* [Share](https://blog.example/p/fees?utm_source=share)", "Ellen Marsh",
              "2024-12-03"),
             ("# Liegegebühren\n\nAnna Schmidt · 3. Dezember 2024 · 8 Min. Lesezeit", DE,
              "Gefällt Ihnen dieser Beitrag? Teilen Sie ihn: [Teilen](https://blog.example/p/gebuehren)",
              "Anna Schmidt", "2024-12-03"))
    for head, body, share, name, date in cases:
        cleaned = clean_text(head + "\n\n" + "\n\n".join(body) + "\n\n" + share)
        assert cleaned.authors == [name]
        assert cleaned.date == date
        assert cleaned.captions == []
        assert cleaned.paragraphs[-3:] == body


def test_a_newsletter_footer_goes_to_the_end():
    """The footer after an unsubscribe link or the 'You received this email because ...' notice goes with the
    sender's postal address; a body sentence that mentions unsubscribing stays (English and French)."""
    en = ("Harbour Bulletin: fees to rise\n\n" + "\n\n".join(EN) + "\n\nReaders can unsubscribe from the board's "
          "alerts at any time, the chair said.\n\nYou received this email because you signed up at harbour.example."
          "\n\nForward this email | Unsubscribe\n\nThe Harbour Bulletin, 100 Quay St, Suite 9, Portland, ME 04101")
    cleaned = clean_text(en)
    assert cleaned.paragraphs == EN + ["Readers can unsubscribe from the board's alerts at any time, the chair said."]
    fr = ("La lettre du port\n\n" + "\n\n".join(FR) + "\n\nSe désabonner | Gérer vos préférences\n\n"
          "Vous recevez cet e-mail car vous êtes abonné à la lettre du port.\n\nLa Lettre du port, 12 quai Ouest, 29200 Brest")
    assert clean_text(fr).paragraphs == FR


def test_transcript_notes_leave_the_body():
    """'[APPLAUSE]', '(Laughter.)', '[CROSSTALK]' and '[END OF TRANSCRIPT]' go, in and between turns; editorial
    brackets ('[sic]', '(AP)', '[NATO]') stay (English, German, Russian)."""
    text = ("Hearing on harbour fees\n\nCHAIR: The committee will come to order. [APPLAUSE]\n\n"
            "MS. OKAFOR: We raised fees once in six years. (Laughter.) The board [sic] agreed, and (AP) reported it.\n\n"
            "SENATOR LIN: [CROSSTALK]\n\nSENATOR LIN: So [NATO] was not asked?\n\n[APPLAUSE]\n\n[END OF TRANSCRIPT]")
    assert clean_text(text).paragraphs == [
        "CHAIR: The committee will come to order.",
        "MS. OKAFOR: We raised fees once in six years. The board [sic] agreed, and (AP) reported it.",
        "SENATOR LIN: So [NATO] was not asked?"]
    de = "Protokoll\n\nPräsidentin: Die Sitzung ist eröffnet. (Beifall bei der SPD)\n\n(Heiterkeit)\n\nAbgeordneter Weber: Danke."
    assert clean_text(de).paragraphs == ["Präsidentin: Die Sitzung ist eröffnet.", "Abgeordneter Weber: Danke."]
    ru = "Стенограмма\n\nПредседатель: Заседание открыто. [Аплодисменты]\n\n[Смех]\n\nПетров: Спасибо."
    assert clean_text(ru).paragraphs == ["Председатель: Заседание открыто.", "Петров: Спасибо."]


def test_a_pasted_transcript_loads_without_its_notes():
    """The text loader's path: a pasted transcript ends without its '[END OF TRANSCRIPT]' line."""
    article = article_from_text("Hearing\n\nCHAIR: We will hold you to that. The hearing is adjourned.\n\n[END OF TRANSCRIPT]")
    assert _text(article) == "CHAIR: We will hold you to that. The hearing is adjourned."


def test_new_patterns_stay_linear_on_a_long_line():
    """The bracket, footer, share and read-time rules read 300 KB lines in linear time (a hang guard with a generous
    bound, not a speed measure)."""
    for text in ("(x [y " * 50_000, "[" + "APPLAUSE " * 33_000 + "]", "(" * 300_000, "Share: " * 43_000,
                 "A · " * 75_000 + "8 min read", "unsubscribe | " * 21_000, "By Ann Lowe, " + "Political " * 30_000):
        start = time.perf_counter()
        clean_text("Title\n\n" + text)
        assert time.perf_counter() - start < 10, text[:20]
