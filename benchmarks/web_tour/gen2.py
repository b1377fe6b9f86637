"""web_tour: write eight harder made-up news pages (Yoast @graph, an OpenGraph author URL, teaser and newsletter
boxes in the body, caption divs, footnotes and comments, a cookie box in <main>, a byline with a day-first date)
and their ``expected.json`` to ``$OUT/pages2`` (default ``/tmp/web_tour/pages2``); check.py then loads them.

Needs no data: the article text is in content.py. See README.md beside this file.
"""
import argparse, json, sys, html
import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import LANGS
from gen import REL, COMMENT, ps, nav, footer, cookie, E
import pathlib


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n")[1])
    parser.parse_args()
    out = pathlib.Path(os.environ.get("OUT", "/tmp/web_tour")) / "pages2"; out.mkdir(parents=True, exist_ok=True)
    PAGES = {}
    def page(name, lang, h, furniture, **exp):
        c = LANGS[lang]
        e = dict(title=c["title"], date=c["date"], source=c["site"], url=c["url"], authors=c["authors"], language=lang, paras=c["paras"], furniture=furniture)
        e.update(exp); PAGES[name] = (h, e)

    # 1 Yoast @graph with author by @id reference (WordPress SEO plugin), en
    c = LANGS["en"]
    graph = {"@context": "https://schema.org", "@graph": [
      {"@type": "NewsArticle", "@id": c["url"] + "#article", "isPartOf": {"@id": c["url"]}, "author": [{"@id": "https://www.northernpost.co.uk/#/schema/person/1a"}, {"@id": "https://www.northernpost.co.uk/#/schema/person/2b"}],
       "headline": c["title"], "datePublished": "2025-03-11T23:30:00-05:00", "publisher": {"@id": "https://www.northernpost.co.uk/#organization"}, "mainEntityOfPage": {"@id": c["url"]}},
      {"@type": "WebPage", "@id": c["url"], "url": c["url"], "name": c["title"] + " - The Northern Post"},
      {"@type": "Organization", "@id": "https://www.northernpost.co.uk/#organization", "name": c["site"]},
      {"@type": "Person", "@id": "https://www.northernpost.co.uk/#/schema/person/1a", "name": "Jane Doe", "url": "https://www.northernpost.co.uk/author/jdoe"},
      {"@type": "Person", "@id": "https://www.northernpost.co.uk/#/schema/person/2b", "name": "Mark Ellis"}]}
    h = f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{E(c["title"])} - The Northern Post</title><script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph)}</script></head><body>{nav(c)}<main><article><h1>{E(c["title"])}</h1><div class="entry-content">{ps(c)}</div></article></main>{footer(c)}</body></html>'
    page("yoast-graph-en.html", "en", h, [], date="2025-03-11")

    # 2 OG article:author as a profile URL, de
    c = LANGS["de"]
    h = (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{E(c["title"])} | {E(c["site"])}</title>'
         f'<meta property="og:title" content="{E(c["title"])}"><meta property="og:url" content="{c["url"]}"><meta property="og:site_name" content="{E(c["site"])}">'
         f'<meta property="article:author" content="https://www.facebook.com/nordkurier"><meta property="article:published_time" content="2025-03-11T06:00:00+01:00"></head>'
         f'<body>{nav(c)}<div class="article"><h1>{E(c["title"])}</h1><p class="autor">Von Thomas Müller und Anna Schmidt, dpa</p>{ps(c)}</div>{footer(c)}</body></html>')
    page("og-author-url-de.html", "de", h, ["facebook"])

    # 3 related teaser box with a full sentence inside the body, de
    c = LANGS["de"]
    teaser = "Die Stadtwerke erhöhen zum ersten April die Preise für Monatskarten im gesamten Verbundgebiet deutlich."
    h = (f'<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{E(c["title"])} | {E(c["site"])}</title><meta property="og:url" content="{c["url"]}"><meta property="og:site_name" content="{E(c["site"])}"><meta name="author" content="Thomas Müller, Anna Schmidt"><meta property="article:published_time" content="2025-03-11T06:00:00+01:00"></head>'
         f'<body>{nav(c)}<article><h1>{E(c["title"])}</h1><div class="article-body">{ps(c,[0,1])}'
         f'<aside class="teaser teaser--inline"><span class="teaser__label">Lesen Sie auch</span><a href="/x"><h4 class="teaser__title">{E(REL["de"][0])}</h4><p class="teaser__text">{E(teaser)}</p></a></aside>'
         f'{ps(c,[2,3,4])}</div></article>{footer(c)}</body></html>')
    page("teaser-box-de.html", "de", h, [teaser, REL["de"][0], "Lesen Sie auch"])

    # 4 newsletter box mid-article, en
    c = LANGS["en"]
    h = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{E(c["title"])} | {E(c["site"])}</title><meta property="og:url" content="{c["url"]}"><meta property="og:site_name" content="{E(c["site"])}"><meta name="author" content="Jane Doe and Mark Ellis"><meta property="article:published_time" content="2025-03-11T06:00:00Z"></head>'
         f'<body>{nav(c)}<article><h1>{E(c["title"])}</h1><div class="article-body">{ps(c,[0,1,2])}'
         f'<div class="newsletter-inline"><h3>Get the Morning Briefing</h3><p>Sign up to receive the day\'s top local stories in your inbox every weekday morning.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form><p class="small">By signing up you agree to our privacy policy.</p></div>'
         f'{ps(c,[3,4])}</div></article>{footer(c)}</body></html>')
    page("newsletter-box-en.html", "en", h, ["Morning Briefing", "Sign up to receive", "privacy policy"])

    # 5 uk caption div with credit, and "Читайте також" link para mid-text
    c = LANGS["uk"]
    h = (f'<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(c["title"])} - {E(c["site"])}</title><meta property="og:url" content="{c["url"]}"><meta property="og:site_name" content="{E(c["site"])}"><meta property="article:published_time" content="2025-03-11T10:00:00+02:00"></head>'
         f'<body>{nav(c)}<div class="post"><h1>{E(c["title"])}</h1><div class="post-author">Автор: Андрій Шевчук, Марія Бондар</div><div class="post-text">{ps(c,[0,1])}'
         f'<div class="photo"><img src="/t.jpg"><div class="caption">Трамвай на кінцевій зупинці біля центрального вокзалу. Фото: УНІАН</div></div>'
         f'<p><strong>Читайте також:</strong> <a href="/n/2">{E(REL["uk"][0])}</a></p>{ps(c,[2,3,4])}</div></div>{footer(c)}</body></html>')
    page("caption-readalso-uk.html", "uk", h, ["УНІАН", REL["uk"][0], "Читайте також"])

    # 6 ru footnotes with Примечания + comments inside article
    c = LANGS["ru"]
    who, txt = COMMENT["ru"]
    h = (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{E(c["title"])} — {E(c["site"])}</title><meta property="og:url" content="{c["url"]}"><meta property="og:site_name" content="{E(c["site"])}"><meta property="article:published_time" content="2025-03-11T10:00:00+03:00"></head>'
         f'<body>{nav(c)}<article class="news"><h1>{E(c["title"])}</h1><p class="author">Иван Петров, Ольга Смирнова</p>{ps(c,[0,1])}<p>{E(c["paras"][2])}<sup><a href="#n1">[1]</a></sup></p>{ps(c,[3,4])}'
         f'<div class="notes"><h4>Примечания</h4><ol><li id="n1">Решение городской думы № 14 от 11 марта 2025 года.</li></ol></div>'
         f'<div class="comments"><h3>Комментарии (1)</h3><div class="comment"><span class="name">{E(who)}</span><p>{E(txt)}</p><a href="#">Ответить</a></div></div></article>{footer(c)}</body></html>')
    page("notes-comments-ru.html", "ru", h, [txt, "Ответить", "Комментарии"])

    # 7 fr cookie banner inside main + JSON-LD author single Person obj with jobTitle
    c = LANGS["fr"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": c["title"], "datePublished": "2025-03-11T08:00:00+01:00", "url": c["url"],
          "author": {"@type": "Person", "name": "Pierre Martin", "jobTitle": "Journaliste"}, "publisher": {"@type": "Organization", "name": c["site"]}}
    h = (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{E(c["title"])}</title><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>'
         f'<body><main><div class="didomi-popup"><p>{E(c["cookie"])}</p><p>Vous pouvez modifier vos choix à tout moment en cliquant sur « Paramètres des cookies » en bas de page.</p><button>Accepter</button><button>Refuser</button></div>'
         f'<article><h1>{E(c["title"])}</h1><p class="signature">Par Pierre Martin</p>{ps(c)}</article></main>{footer(c)}</body></html>')
    page("cookie-inside-fr.html", "fr", h, ["cookies"], authors=["Pierre Martin"])

    # 8 es byline with date and clock inside content + tags + comments form
    c = LANGS["es"]
    h = (f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>{E(c["title"])} | {E(c["site"])}</title><meta property="og:url" content="{c["url"]}"><meta property="og:site_name" content="{E(c["site"])}"></head>'
         f'<body>{nav(c)}<div class="nota"><h1>{E(c["title"])}</h1><div class="cuerpo"><p class="firma">Por Ana García y Luis Fernández | 11/03/2025 - 10:20</p>{ps(c)}'
         f'<p class="etiquetas">Etiquetas: <a>tranvía</a>, <a>ayuntamiento</a></p></div><div id="comentarios"><h3>Deja un comentario</h3><form><textarea></textarea><button>Enviar</button></form></div></div>{footer(c)}</body></html>')
    page("firma-es.html", "es", h, ["Etiquetas", "Deja un comentario", "Por Ana"])

    for name, (text, e) in PAGES.items():
        (out / name).write_text(text, encoding="utf-8")
    (out / "expected.json").write_text(json.dumps({k: v[1] for k, v in PAGES.items()}, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(PAGES))


if __name__ == "__main__":
    main()
