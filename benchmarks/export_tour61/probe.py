"""exp61 export tour: 16 worst-case briefs, inputs AND expectations written before any rendering.

Set aside (never tuned on): every third brief from the third: 3, 6, 9, 12, 15.
"""
from __future__ import annotations

from briefing.core.model import Actor, Briefing, Citation, KeyPoint, SourceRef

ASIDE = {3, 6, 9, 12, 15}
MONTH = {"en": "June 2024", "ru": "июнь 2024", "uk": "червень 2024", "de": "Juni 2024", "fr": "juin 2024",
         "es": "junio de 2024"}

LOREM = ("the council said the plan would cost more than expected and take longer to finish while residents of the "
         "northern districts asked for a public hearing before any money is spent on the new lines and stations").split()


def words(n: int, seed: int = 0) -> str:
    out = [LOREM[(i * 7 + seed) % len(LOREM)] for i in range(n)]
    return (" ".join(out)).capitalize() + "."


def point(text, para, score=1.0, **kw):
    return KeyPoint(text=text, paragraph=para, source_index=para, score=score, **kw)


def actor(name, type_="PERSON", role="", para=0, sal=1.0, **kw):
    return Actor(name=name, type=type_, role=role, paragraph=para, salience=sal, mentions=3, **kw)


def base(lang="en", **kw) -> Briefing:
    b = Briefing(title=kw.pop("title", "Council approves the tram plan"), language=lang, date="2024-06",
                 banner="TLP:AMBER", source="City News", url="https://example.org/news/2024/06/tram-plan",
                 authors=["Jane Doe"], method={"algorithm": "briefrank", "chosen": 5, "total": 40},
                 bottom_line=kw.pop("bottom_line", "The council approved the tram plan on Tuesday."))
    for k, v in kw.items():
        setattr(b, k, v)
    return b


def std_points(n=3, lang_words=None):
    return [point(words(12, i), i) for i in range(n)]


def std_actors(n=3):
    return [actor(f"Person {chr(65 + i)}", "PERSON", "official", i, 1.0 - i / 10) for i in range(n)]


def build() -> dict[int, tuple[Briefing, dict]]:
    """Return {number: (briefing, expectations)}."""
    B: dict[int, tuple[Briefing, dict]] = {}

    # 1. en, six sources with long titles (multi-source brief)
    titles = [f"Source {L}: " + words(30, i) for i, L in enumerate("ABCDEF")]
    refs = [SourceRef(letter=L, publisher=f"Publisher {L} International News Service", date="2024-06",
                      title=titles[i], url=f"https://example.org/{L.lower()}/" + "x" * 60, language="en")
            for i, L in enumerate("ABCDEF")]
    pts = [point(words(20, i), i, source="ABCDEF"[i], citations=[Citation("ABCDEF"[i], i, i)]) for i in range(6)]
    b = base("en", sources=refs, key_points=pts, actors=std_actors(4),
             method={"algorithm": "briefrank", "chosen": 7, "total": 90, "sources": 6})
    b.bottom_line_citations = [Citation("A", 0, 0)]
    B[1] = (b, {"texts": titles, "date": MONTH["en"], "letters": list("ABCDEF")})

    # 2. fr, 8 points of 80 words
    pts = [point(words(80, i), i, score=1.0 - i / 20) for i in range(8)]
    B[2] = (base("fr", key_points=pts, actors=std_actors(3)), {"points_all_or_note": True, "date": MONTH["fr"]})

    # 3. (aside) de, 12 actors with 120-character names and long roles
    acts = [actor(("Bundesanstalt fuer Verkehrsinfrastruktur und Stadtentwicklung Abteilung " + chr(65 + i) * 60)[:120],
                  "ORG", words(40, i), i, 1.0 - i / 20) for i in range(12)]
    B[3] = (base("de", key_points=std_points(3), actors=acts),
            {"actors_note": True, "date": MONTH["de"], "names_verbatim": True})

    # 4. en, right-to-left names and quotes inside a left-to-right brief
    ar, he = "محمد بن سلمان", "בנימין נתניהו"
    pts = [point(f'{ar} said: "نحن ملتزمون بالسلام" in Riyadh on Monday.', 0),
           point(f'{he} replied "אנחנו מוכנים" at a press conference in Jerusalem.', 1),
           point("The talks continue next week in Cairo.", 2)]
    acts = [actor(ar, "PERSON", "Crown prince", 0), actor(he, "PERSON", "Prime minister", 1),
            actor("القاهرة", "PLACE", "venue", 2)]
    B[4] = (base("en", key_points=pts, actors=acts, title="Talks between " + ar + " and " + he),
            {"rtl_order": [ar, he, "נחנו מוכנים"], "date": MONTH["en"]})

    # 5. es, Devanagari and Thai
    hi, th = "नरेंद्र मोदी", "ประยุทธ์ จันทร์โอชา"
    pts = [point(f"{hi} dijo «हम तैयार हैं» en Nueva Delhi.", 0), point(f"{th} respondió «เราพร้อมแล้ว» en Bangkok.", 1)]
    B[5] = (base("es", key_points=pts, actors=[actor(hi), actor(th, para=1), actor("Bangkok", "PLACE", para=1)]),
            {"no_tofu": True, "names": [hi, th], "date": MONTH["es"]})

    # 6. (aside) ru, CJK
    zh, ja, ko = "习近平", "岸田文雄", "윤석열"
    pts = [point(f"{zh} заявил: «我们准备好了».", 0), point(f"{ja} ответил «準備はできています».", 1),
           point(f"{ko} сказал «준비됐습니다».", 2)]
    B[6] = (base("ru", key_points=pts, actors=[actor(zh), actor(ja, para=1), actor(ko, para=2)]),
            {"no_tofu": True, "names": [zh, ja, ko], "date": MONTH["ru"]})

    # 7. uk, Georgian and Armenian
    ka, hy = "ირაკლი კობახიძე", "Նիկոլ Փաշինյան"
    pts = [point(f"{ka} заявив у Тбілісі: «ჩვენ მზად ვართ».", 0), point(f"{hy} відповів у Єревані: «Մենք պատրաստ ենք».", 1)]
    B[7] = (base("uk", key_points=pts, actors=[actor(ka), actor(hy, para=1), actor("Тбілісі", "PLACE")]),
            {"no_tofu": True, "names": [ka, hy], "date": MONTH["uk"]})

    # 8. en, emoji with skin tones and ZWJ sequences, combining marks, mathematical letters
    emo = "👩🏽‍💻 👨‍👩‍👧‍👦 👍🏿 🏳️‍🌈"
    comb = "Zoë Ångström e\u0301 n\u0303 a\u0308\u0301"
    math = "𝐀𝐁𝐂 𝑥𝑦𝑧 𝔄𝔅"
    pts = [point(f"Engineers posted {emo} after the launch.", 0), point(f"{comb} joined the team.", 1),
           point(f"The paper used {math} as symbols.", 2)]
    B[8] = (base("en", key_points=pts, actors=[actor("Zoe\u0308 Ångström"), actor("𝐌𝐚𝐭𝐡 Club", "ORG", para=2)]),
            {"no_tofu": True, "emoji_readable": True, "date": MONTH["en"]})

    # 9. (aside) de, URL of 2,000 characters
    url = "https://example.org/artikel/" + "/".join(f"segment{i:04d}" for i in range(180))
    url = (url + "?q=" + "a" * 2000)[:2000]
    B[9] = (base("de", key_points=std_points(3), actors=std_actors(3), url=url),
            {"url_full_in_txt": url, "date": MONTH["de"]})

    # 10. en, analyst comment of 3,000 words
    comment = " ".join(words(100, i) for i in range(30))
    B[10] = (base("en", key_points=std_points(4), actors=std_actors(3), analyst_comment=comment),
             {"comment_shown_or_said": True, "date": MONTH["en"]})

    # 11. fr, title of one 300-character word
    B[11] = (base("fr", key_points=std_points(3), actors=std_actors(3), title="Anticonstitutionnellement" * 12),
             {"title_in_page": True, "date": MONTH["fr"]})

    # 12. (aside) es, empty brief: no points, no actors
    B[12] = (base("es", key_points=[], actors=[], bottom_line=""), {"empty": True, "date": MONTH["es"]})

    # 13. ru, Cyrillic multi-source with "Sources differ"
    refs = [SourceRef("A", "ТАСС", "2024-06", "Мэрия утвердила план", "https://tass.ru/a", language="ru"),
            SourceRef("B", "Коммерсантъ", "2024-06", "План обойдётся дороже", "https://kommersant.ru/b", language="ru"),
            SourceRef("C", "РБК", "2024-06", "Трамваи вернутся", "https://rbc.ru/c", language="ru")]
    p1 = point("Стоимость проекта составит 2,5 млрд рублей.", 0, source="A",
               citations=[Citation("A", 0, 0)], variants=[Citation("B", 1, 3, "Стоимость проекта составит 3,1 млрд рублей.")])
    p2 = point("Работы начнутся в июле.", 1, source="C", citations=[Citation("C", 1, 2), Citation("A", 2, 4)])
    b = base("ru", sources=refs, key_points=[p1, p2], actors=[actor("Сергей Собянин", "PERSON", "мэр", 0, sources={"A": [0], "C": [1]})],
             method={"algorithm": "briefrank", "chosen": 3, "total": 30, "sources": 3}, title="Мэрия утвердила план трамваев")
    B[13] = (b, {"differ": "Источники расходятся", "date": MONTH["ru"]})

    # 14. uk, multi-source with "Sources differ", four sources
    refs = [SourceRef(L, f"Видання {L}", "2024-06", f"Заголовок {L}", f"https://news.ua/{L}", language="uk") for L in "ABCD"]
    p1 = point("Вартість становитиме 14 мільйонів гривень.", 0, source="A", citations=[Citation("A", 0, 0)],
               variants=[Citation("B", 0, 0, "Вартість становитиме 12 мільйонів гривень."),
                         Citation("D", 2, 5, "Вартість становитиме 16 мільйонів гривень.")])
    b = base("uk", sources=refs, key_points=[p1, point("Роботи почнуться в липні.", 1, source="C", citations=[Citation("C", 1, 1)])],
             actors=[actor("Віталій Кличко", "PERSON", "мер", 0, sources={"A": [0]})],
             method={"algorithm": "briefrank", "chosen": 3, "total": 30, "sources": 4}, title="Київ затвердив план")
    B[14] = (b, {"differ": "Джерела розходяться", "date": MONTH["uk"]})

    # 15. (aside) English brief of Russian sources with "Sources differ"
    b15 = base("ru", sources=[SourceRef("A", "ТАСС", "2024-06", "План", "https://tass.ru/x", language="ru"),
                              SourceRef("B", "РИА", "2024-06", "План", "https://ria.ru/y", language="ru")],
               key_points=[point("Бюджет составит 40 млн рублей.", 0, source="A", citations=[Citation("A", 0, 0)],
                                 variants=[Citation("B", 0, 0, "Бюджет составит 45 млн рублей.")])],
               actors=[actor("Мария Захарова", "PERSON", "представитель", 0, sources={"A": [0]})],
               method={"algorithm": "briefrank", "chosen": 2, "total": 20, "sources": 2}, title="Бюджет плана")
    B[15] = (b15, {"differ": "Sources differ", "brief_language": "en", "date": MONTH["en"]})

    # 16. de, markup in names: *, _, |, <script>
    names = ["*Star* Müller", "_Under_ Score", "Pipe | Partner GmbH", "<script>alert(1)</script>"]
    pts = [point(f"{names[0]} und {names[1]} trafen sich mit {names[2]}.", 0),
           point(f"Der Code {names[3]} wurde entfernt; a|b und x_y_z bleiben.", 1)]
    B[16] = (base("de", key_points=pts, actors=[actor(names[0]), actor(names[1]), actor(names[2], "ORG"), actor(names[3], "ORG")]),
             {"names_literal": names, "date": MONTH["de"]})
    return B
