"""web_tour: write 39 made-up news pages (en, ru, uk, de, fr, es) in the markup of WordPress, Drupal, AMP,
Next.js, live blogs, galleries, paywall teasers and more, with what a loader should read from each
(``expected.json``), to ``$OUT/pages`` (default ``/tmp/web_tour/pages``); check.py then loads them.

Needs no data: the article text is in content.py. See README.md beside this file.
"""
import argparse, json, html, pathlib, sys
import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import LANGS
E = html.escape
REL = {
 "en": ["Bus fares to rise by five per cent in April", "Ring road closures planned for the summer", "Council leader faces vote of confidence"],
 "ru": ["Стоимость проезда в автобусах вырастет на пять процентов", "Кольцевую дорогу перекроют летом", "Главе города грозит вотум недоверия"],
 "uk": ["Вартість проїзду в автобусах зросте на п'ять відсотків", "Кільцеву дорогу перекриють улітку", "Голові ради загрожує недовіра"],
 "de": ["Busfahrpreise steigen im April um fünf Prozent", "Sperrungen am Ring im Sommer geplant", "Misstrauensantrag gegen Fraktionschef"],
 "fr": ["Les tarifs des bus augmenteront de cinq pour cent en avril", "Fermetures du périphérique prévues cet été", "Le chef de la majorité face à une motion"],
 "es": ["Los billetes de autobús subirán un cinco por ciento en abril", "Cortes en la ronda previstos para el verano", "El portavoz afronta una moción de censura"],
}
COMMENT = {
 "en": ("Dave from Leeds", "About time! I have been waiting for this tram for years and nobody ever listened to us out here."),
 "ru": ("Сергей К.", "Наконец-то! Мы ждали этот трамвай много лет, и никто нас не слушал, посмотрим, что будет."),
 "uk": ("Петро М.", "Нарешті! Ми чекали цей трамвай багато років, і ніхто нас не слухав, подивимося, що буде."),
 "de": ("Klaus aus Nord", "Na endlich! Auf diese Straßenbahn warten wir seit Jahren und keiner hat uns zugehört, mal sehen."),
 "fr": ("Jean-Marc R.", "Enfin ! Nous attendions ce tramway depuis des années et personne ne nous écoutait, on verra bien."),
 "es": ("Paco de Getafe", "¡Por fin! Llevamos años esperando este tranvía y nadie nos hacía caso, a ver qué pasa ahora."),
}
TZ = "+01:00"

def head(c, lang, extra="", title=None, og=True, ld=None):
    t = title or f"{c['title']} | {c['site']}"
    s = f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{E(t)}</title>\n'
    if og:
        s += (f'<meta property="og:title" content="{E(c["title"])}">\n<meta property="og:url" content="{c["url"]}">\n'
              f'<meta property="og:site_name" content="{E(c["site"])}">\n<meta property="og:type" content="article">\n')
    if ld:
        s += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    return s + extra + "</head>\n"

def ld_article(c, typ="NewsArticle", persons=True):
    return {"@context": "https://schema.org", "@type": typ, "headline": c["title"], "url": c["url"],
            "mainEntityOfPage": {"@type": "WebPage", "@id": c["url"]},
            "datePublished": f"{c['date']}T09:30:00{TZ}", "dateModified": f"{c['date']}T11:05:00{TZ}",
            "author": [{"@type": "Person", "name": a, "url": "https://example.org/a/" + str(i)} for i, a in enumerate(c["authors"])] if persons else c["authors"][0],
            "publisher": {"@type": "NewsMediaOrganization", "name": c["site"], "logo": {"@type": "ImageObject", "url": "https://example.org/logo.png"}}}

def cookie(c):
    return f'<div id="cookie-banner" class="cookie-consent"><p>{E(c["cookie"])}</p><button>{E(c["cookie_btn"])}</button> <a href="/privacy">Privacy</a></div>\n'

def nav(c):
    return '<header class="site-header"><nav class="main-nav"><ul>' + "".join(f'<li><a href="/{x.lower()}">{x}</a></li>' for x in ("News", "Sport", "Culture", "Opinion", "Weather")) + '</ul></nav></header>\n'

def related(c, lang, tag="aside"):
    return (f'<{tag} class="related-posts"><h3>{E(c["related"])}</h3><ul>' +
            "".join(f'<li><a href="/news/{i}">{E(r)}</a></li>' for i, r in enumerate(REL[lang])) + f'</ul></{tag}>\n')

def comments(c, lang):
    who, txt = COMMENT[lang]
    return (f'<section id="comments" class="comments-area"><h2 class="comments-title">{E(c["comments"])} (2)</h2><ol class="comment-list">'
            f'<li class="comment"><div class="comment-author vcard"><b class="fn">{E(who)}</b></div><div class="comment-content"><p>{E(txt)}</p></div></li>'
            f'<li class="comment"><div class="comment-author vcard"><b class="fn">Anon</b></div><div class="comment-content"><p>{E(txt[:40])}...</p></div></li></ol>'
            f'<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea><input type="submit" value="Post Comment"></form></div></section>\n')

def footer(c):
    return f'<footer class="site-footer"><p>© 2025 {E(c["site"])}. All rights reserved.</p><a href="/imprint">Imprint</a> <a href="/contact">Contact</a></footer>\n'

def byline_text(c):
    names = c["authors"]
    joiner = {"By": " and ", "Par": " et ", "Por": " y ", "Von": " und ", "Автор:": ", "}[c["by"]]
    return f'{c["by"]} {joiner.join(names)}'

def ps(c, idx=None):
    idx = range(len(c["paras"])) if idx is None else idx
    return "".join(f"<p>{E(c['paras'][i])}</p>\n" for i in idx)

PAGES = {}
def page(name, lang, html_text, furniture, **exp):
    c = LANGS[lang]
    e = dict(title=c["title"], date=c["date"], source=c["site"], url=c["url"], authors=c["authors"], language=lang,
             paras=c["paras"], furniture=furniture)
    e.update(exp)
    PAGES[name] = (html_text, e)

def wordpress(lang):
    c = LANGS[lang]
    h = head(c, lang, extra=f'<meta property="article:published_time" content="{c["date"]}T09:30:00{TZ}">\n<link rel="canonical" href="{c["url"]}">\n<meta name="generator" content="WordPress 6.4.2">\n')
    h += f'<body class="post-template-default single single-post">\n{cookie(c)}{nav(c)}<div id="page" class="site"><main id="main" class="site-main">\n'
    h += f'<article id="post-4711" class="post-4711 post type-post status-publish"><header class="entry-header"><span class="cat-links"><a href="/c/local">{E(c["section"])}</a></span><h1 class="entry-title">{E(c["title"])}</h1>'
    h += f'<div class="entry-meta"><span class="byline">{E(byline_text(c))}</span> <span class="posted-on"><time class="entry-date published" datetime="{c["date"]}T09:30:00{TZ}">{c["date"]}</time></span></div></header>\n'
    h += f'<div class="entry-content">{ps(c, [0,1,2])}<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="#">Twitter</a></li><li><a class="share-facebook" href="#">Facebook</a></li></ul></div>{ps(c,[3,4])}</div>\n'
    h += f'<footer class="entry-footer"><span class="tags-links">Tags: <a href="/t/tram">tram</a>, <a href="/t/council">council</a></span></footer></article>\n'
    h += related(c, lang, "div") + comments(c, lang) + '</main></div>\n' + footer(c) + '</body></html>'
    page(f"wordpress-{lang}.html", lang, h, [c["cookie"], c["related"], REL[lang][0], COMMENT[lang][1], "Share this", "Leave a Reply", "All rights reserved", byline_text(c)])

def drupal(lang):
    c = LANGS[lang]
    h = head(c, lang, extra=f'<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n<meta property="article:published_time" content="{c["date"]}T08:00:00{TZ}">\n<meta name="author" content="{E(c["authors"][0])}">\n')
    h += f'<body class="path-node page-node-type-article">\n{cookie(c)}{nav(c)}<div class="dialog-off-canvas-main-canvas"><main role="main"><div class="region region-content">\n'
    h += f'<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/l">{E(c["section"])}</a></li></ol></nav>'
    h += f'<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">{E(c["title"])}</span></h1>'
    h += f'<div class="node__meta"><span class="field--name-uid">{E(byline_text(c))}</span> <span>{c["date"]}</span></div>'
    h += f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{ps(c,[0,1])}'
    h += f'<div class="inline-teaser"><strong>{E(c["readmore"])}</strong> <a href="/n/1">{E(REL[lang][1])}</a></div>{ps(c,[2,3,4])}</div>'
    h += f'<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/t/1">{E(c["section"])}</a></div></div></div></article>\n'
    h += related(c, lang) + '</div></main></div>\n' + footer(c) + '</body></html>'
    page(f"drupal-{lang}.html", lang, h, [c["cookie"], REL[lang][1], REL[lang][0], c["readmore"], "Home"], authors=c["authors"])

def amp(lang):
    c = LANGS[lang]
    ld = ld_article(c)
    h = head(c, lang, og=False, ld=ld, extra='<script async src="https://cdn.ampproject.org/v0.js"></script>\n<style amp-boilerplate>body{visibility:hidden}</style>\n<link rel="canonical" href="' + c["url"] + '">\n')
    h = h.replace("<html ", "<html amp ")
    h += f'<body><amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>{E(c["cookie"])}</p><button on="tap:consent.accept">{E(c["cookie_btn"])}</button></div></amp-consent>\n'
    h += f'<header class="amp-header"><a href="/">{E(c["site"])}</a></header><amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/n">News</a></li><li><a href="/s">Sport</a></li></ul></amp-sidebar>\n'
    h += f'<article class="amp-article"><h1>{E(c["title"])}</h1><div class="amp-byline">{E(", ".join(c["authors"]))}</div>'
    h += f'<amp-img src="/img/tram.jpg" width="800" height="450" layout="responsive" alt="tram"></amp-img>{ps(c)}'
    h += f'<amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share></article>\n'
    h += related(c, lang, "div") + footer(c) + '</body></html>'
    page(f"amp-{lang}.html", lang, h, [c["cookie"], REL[lang][0], c["related"]])

def nextjs(lang, ssr=True):
    c = LANGS[lang]
    data = {"props": {"pageProps": {"article": {"id": 99812, "headline": c["title"], "slug": "tram", "publishedAt": f"{c['date']}T09:30:00Z",
            "authors": [{"name": a, "slug": a.lower().replace(" ", "-")} for a in c["authors"]],
            "body": [{"type": "paragraph", "text": p} for p in c["paras"]], "section": {"name": c["section"]}, "canonicalUrl": c["url"]}},
            "__N_SSP": True}, "page": "/[section]/[slug]", "query": {"section": "local", "slug": "tram"}, "buildId": "xYz123", "isFallback": False, "gssp": True}
    h = head(c, lang, extra=f'<meta name="next-head-count" content="12">\n<meta property="article:published_time" content="{c["date"]}T09:30:00Z">\n<link rel="preload" href="/_next/static/chunks/main.js" as="script">\n')
    h += '<body><div id="__next">'
    if ssr:
        h += f'<div class="Layout_wrapper__a1B2c">{nav(c)}<main class="ArticlePage_main__x9Y8z"><article><div class="Kicker_kicker__q1">{E(c["section"])}</div><h1 class="Headline_h1__Zz1">{E(c["title"])}</h1>'
        h += f'<div class="Byline_byline__k3"><span>{E(byline_text(c))}</span><time datetime="{c["date"]}T09:30:00Z">{c["date"]}</time></div>'
        h += f'<div class="ArticleBody_body__p0">{ps(c)}</div></article><section class="Recirculation_rec__u7"><h2>{E(c["related"])}</h2>' + "".join(f'<a href="/x/{i}"><h3>{E(r)}</h3></a>' for i, r in enumerate(REL[lang])) + '</section></main></div>'
    h += f'</div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script><script src="/_next/static/chunks/main.js" async></script></body></html>'
    page(f"nextjs{'' if ssr else '-csr'}-{lang}.html", lang, h, [REL[lang][0], c["related"]])

def liveblog(lang):
    c = LANGS[lang]
    ld = ld_article(c, "LiveBlogPosting")
    h = head(c, lang, ld=ld)
    h += f'<body>{cookie(c)}{nav(c)}<main><h1>{E(c["title"])}</h1><p class="standfirst">{E(byline_text(c))}</p><div class="live-blog" data-live="true"><div class="live-status">LIVE</div>'
    for i, p in enumerate(c["paras"]):
        t = f"{c['date']}T{9 + i:02d}:{15 * (i % 4):02d}:00{TZ}"
        h += f'<article class="live-entry" id="e{i}"><header><time datetime="{t}">{9 + i:02d}:{15 * (i % 4):02d}</time></header><div class="entry-body"><p>{E(p)}</p></div><div class="share-entry"><a href="#e{i}">Share</a></div></article>\n'
    h += '</div></main>' + related(c, lang) + footer(c) + '</body></html>'
    page(f"liveblog-{lang}.html", lang, h, [c["cookie"], REL[lang][0], "LIVE"])

def gallery(lang):
    c = LANGS[lang]
    caps = [c["paras"][1].split(",")[0] + " — " + c["paras"][2][:60] + ". Foto: Archiv", c["paras"][3][:80] + ". Photo: Reuters"]
    h = head(c, lang, ld=ld_article(c))
    h += f'<body>{nav(c)}<main><article><h1>{E(c["title"])}</h1><p class="byline">{E(byline_text(c))}</p>'
    h += f'<p class="lede">{E(c["paras"][0])}</p><div class="gallery" data-count="3"><div class="gallery-nav"><button>‹</button><span>1 / 3</span><button>›</button></div>'
    for i, cap in enumerate(caps):
        h += f'<figure class="gallery-item"><img src="/g/{i}.jpg" alt=""><figcaption>{E(cap)}</figcaption></figure>'
    h += f'</div>{ps(c,[1,2,3,4])}</article></main>' + related(c, lang) + footer(c) + '</body></html>'
    page(f"gallery-{lang}.html", lang, h, [REL[lang][0], "1 / 3", "Archiv", "Reuters"])

def paywall(lang):
    c = LANGS[lang]
    ld = ld_article(c)
    ld["isAccessibleForFree"] = False
    ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}
    h = head(c, lang, ld=ld)
    h += f'<body>{cookie(c)}{nav(c)}<main><article><h1>{E(c["title"])}</h1><div class="author">{E(byline_text(c))}</div><div class="article-body">{ps(c,[0,1])}'
    h += f'<div class="paywall" style="display: none">{ps(c,[2,3,4])}</div><div class="paywall-teaser"><h3>{E(c["paywall"])}</h3><p>1 € / Monat. <a href="/abo">Abo</a></p><a href="/login">Login</a></div></div></article></main>' + footer(c) + '</body></html>'
    page(f"paywall-{lang}.html", lang, h, [c["cookie"], c["paywall"], "Login"], paras=c["paras"][:2])

def jsonld_only(lang):
    c = LANGS[lang]
    h = head(c, lang, og=False, ld=ld_article(c), title=c["title"])
    h += f'<body>{nav(c)}<div class="content"><h1>{E(c["title"])}</h1>{ps(c)}</div>' + related(c, lang) + footer(c) + '</body></html>'
    page(f"jsonld-{lang}.html", lang, h, [REL[lang][0]])

def og_only(lang):
    c = LANGS[lang]
    h = head(c, lang, extra=f'<meta property="article:published_time" content="{c["date"]}T07:45:00+03:00">\n<meta property="article:author" content="{E(c["authors"][0])}">\n')
    h += f'<body>{cookie(c)}<div class="wrap"><h1>{E(c["title"])}</h1><div class="text">{ps(c)}</div></div>' + related(c, lang) + footer(c) + '</body></html>'
    page(f"og-{lang}.html", lang, h, [c["cookie"], REL[lang][0]], authors=[c["authors"][0]])

def time_only(lang):
    c = LANGS[lang]
    h = f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{E(c["title"])} — {E(c["site"])}</title></head>'
    h += f'<body>{nav(c)}<article><h1>{E(c["title"])}</h1><div class="meta"><time datetime="{c["date"]}T10:20:00+02:00">11.03.2025, 10:20</time> · <span class="author">{E(byline_text(c))}</span></div>{ps(c,[0,1])}'
    h += f'<blockquote class="pullquote"><p>«{E(c["paras"][2].split(",")[0])}»</p></blockquote>{ps(c,[2,3,4])}</article>' + related(c, lang) + footer(c) + '</body></html>'
    page(f"time-{lang}.html", lang, h, [REL[lang][0]], url=None)

def tables_footnotes(lang):
    c = LANGS[lang]
    h = head(c, lang, ld=ld_article(c))
    h += f'<body>{cookie(c)}<main><article><h1>{E(c["title"])}</h1><p class="byline">{E(byline_text(c))}</p>{ps(c,[0,1])}'
    h += '<table class="data"><caption>Budget</caption><thead><tr><th>Year</th><th>Mio.</th></tr></thead><tbody><tr><td>2026</td><td>120</td></tr><tr><td>2027</td><td>200</td></tr><tr><td>2028</td><td>160</td></tr></tbody></table>'
    h += f'<p>{E(c["paras"][2])}<sup id="fnref1"><a href="#fn1">1</a></sup></p>{ps(c,[3,4])}'
    h += '<section class="footnotes"><hr><ol><li id="fn1"><p>Protocol of the council session, item 14. <a href="#fnref1">↩</a></p></li></ol></section></article></main>' + footer(c) + '</body></html>'
    page(f"table-footnote-{lang}.html", lang, h, [c["cookie"]])

def rtl_mixed(lang):
    c = LANGS[lang]
    paras = list(c["paras"])
    extra = {"en": 'A banner at the rally read <span dir="rtl" lang="ar">الترام للجميع</span> (“trams for everyone”), next to one in Hebrew, <bdi lang="he">רכבת קלה עכשיו</bdi>, which local residents had carried since morning.'}.get(lang,
             'На плакате было написано <span dir="rtl" lang="ar">الترام للجميع</span> («трамвай для всех»), рядом висел другой на иврите: <bdi lang="he">רכבת קלה עכשיו</bdi>, его жители держали с утра.' if lang in ("ru",) else
             'Auf einem Plakat stand <span dir="rtl" lang="ar">الترام للجميع</span> („Straßenbahn für alle“), daneben eines auf Hebräisch, <bdi lang="he">רכבת קלה עכשיו</bdi>, das Anwohner seit dem Morgen trugen.')
    h = head(c, lang, ld=ld_article(c))
    h += f'<body dir="ltr">{nav(c)}<main><article><h1>{E(c["title"])}</h1><p class="byline">{E(byline_text(c))}</p>{ps(c,[0,1,2])}<p>{extra}</p>{ps(c,[3,4])}</article></main>' + footer(c) + '</body></html>'
    import re
    plain = re.sub("<[^>]+>", "", extra)
    page(f"rtl-{lang}.html", lang, h, [], paras=paras + [plain])

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n")[1])
    parser.parse_args()
    for lang in LANGS:
        wordpress(lang); amp(lang)
    for lang in ("de", "fr", "ru"): drupal(lang)
    for lang in ("en", "de"): nextjs(lang, True)
    for lang in ("en", "es"): nextjs(lang, False)
    for lang in ("en", "uk", "es"): liveblog(lang)
    for lang in ("fr", "de"): gallery(lang)
    for lang in ("de", "es", "en"): paywall(lang)
    for lang in ("es", "fr"): jsonld_only(lang)
    for lang in ("ru", "en"): og_only(lang)
    for lang in ("uk", "fr", "ru"): time_only(lang)
    for lang in ("en", "de"): tables_footnotes(lang)
    for lang in ("en", "ru", "de"): rtl_mixed(lang)

    out = pathlib.Path(os.environ.get("OUT", "/tmp/web_tour")) / "pages"; out.mkdir(parents=True, exist_ok=True)
    exp = {}
    for name, (text, e) in PAGES.items():
        (out / name).write_text(text, encoding="utf-8"); exp[name] = e
    (out / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(PAGES), "pages")


if __name__ == "__main__":
    main()
