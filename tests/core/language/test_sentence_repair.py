"""Sentences of ru, uk, de, fr and es news: cuts pysbd made that no reader would, and ends it missed."""

import time

import pytest

from briefing.core.language.tokenizer import get_tokenizer, split_sentences
from briefing.core.language.tokenizer.repair import repair_sentences


@pytest.mark.parametrize("lang, text, expected", [
    # an abbreviation before a lowercase word or a comma ends nothing
    ("de", "Bei der Anhörung am 2. Sept. hatten drei Bürgermeister eine Frist um mind. ein Jahr verlangt. Es half nicht.",
     ["Bei der Anhörung am 2. Sept. hatten drei Bürgermeister eine Frist um mind. ein Jahr verlangt.",
      "Es half nicht."]),
    ("de", "Die Lesung ist für den 14. Nov. geplant. Danach folgt die Abstimmung.",
     ["Die Lesung ist für den 14. Nov. geplant.", "Danach folgt die Abstimmung."]),
    ("ru", "Палата в заключении от 2 окт. указала на риски. Чтение намечено на 20 нояб., а принятие — позже.",
     ["Палата в заключении от 2 окт. указала на риски.", "Чтение намечено на 20 нояб., а принятие — позже."]),
    ("uk", "Палата у висновку від 28 трав. звернула увагу на ризики. Депутати погодились.",
     ["Палата у висновку від 28 трав. звернула увагу на ризики.", "Депутати погодились."]),
    ("es", "La reforma recauda 15.000 millones, aprox. un 1,1 % del PIB. El Senado decide.",
     ["La reforma recauda 15.000 millones, aprox. un 1,1 % del PIB.", "El Senado decide."]),
    # an abbreviation that takes a number, before the number
    ("de", "Nach § 263 Abs. 3 StGB droht Haft. Umstritten ist Kap. 3 des Entwurfs. Die Firma zahlte rd. 1,1 Mio. Euro.",
     ["Nach § 263 Abs. 3 StGB droht Haft.", "Umstritten ist Kap. 3 des Entwurfs.",
      "Die Firma zahlte rd. 1,1 Mio. Euro."]),
    ("de", "Die Aufsicht hatte das Geschäft im Sept. 2021 untersagt. Das Urteil fiel später.",
     ["Die Aufsicht hatte das Geschäft im Sept. 2021 untersagt.", "Das Urteil fiel später."]),
    ("fr", "Le gouvernement pourrait recourir à l'art. 49.3 de la Constitution. Le débat commence lundi.",
     ["Le gouvernement pourrait recourir à l'art. 49.3 de la Constitution.", "Le débat commence lundi."]),
    ("ru", "Комитет возбудил дело по ч. 3 ст. 219 УК РФ. Директор задержан.",
     ["Комитет возбудил дело по ч. 3 ст. 219 УК РФ.", "Директор задержан."]),
    # a German date that pysbd took for a list item (the paragraph has another "4.")
    ("de", "Die Sitzung fand am 3. Oktober 2024 statt, vgl. Ziff. 4 der Satzung. Danach tagte der Rat.",
     ["Die Sitzung fand am 3. Oktober 2024 statt, vgl. Ziff. 4 der Satzung.", "Danach tagte der Rat."]),
    ("de", "Sie tagte am 3. Okt. in Halle und am 4. Nov. in Bonn. Danach kam der Rat.",
     ["Sie tagte am 3. Okt. in Halle und am 4. Nov. in Bonn.", "Danach kam der Rat."]),
    # a dialogue line and its attribution
    ("uk", "— Де ці гроші? — запитав журналіст на брифінгу. — Частину дадуть партнери, — відповіла вона.",
     ["— Де ці гроші? — запитав журналіст на брифінгу.", "— Частину дадуть партнери, — відповіла вона."]),
    ("es", "—¿Dónde está el dinero? —preguntó el juez. Nadie respondió.",
     ["—¿Dónde está el dinero? —preguntó el juez.", "Nadie respondió."]),
    # Spanish: word prefixes are no abbreviations; CC. OO. is one
    ("es", "El Partido Popular votó en contra. Su portavoz habló después. Lo hizo bien. Luego se fue.",
     ["El Partido Popular votó en contra.", "Su portavoz habló después.", "Lo hizo bien.", "Luego se fue."]),
    ("es", "Los sindicatos CC. OO. y UGT celebraron la votación. La patronal no.",
     ["Los sindicatos CC. OO. y UGT celebraron la votación.", "La patronal no."]),
    # a year or currency unit ends a sentence before a capital
    ("ru", "Дума приняла проект бюджета на 2025 г. и плановый период 2026–2027 гг. За документ проголосовали 325.",
     ["Дума приняла проект бюджета на 2025 г. и плановый период 2026–2027 гг.", "За документ проголосовали 325."]),
    ("ru", "Ущерб от пожара оценивается в 120 млн. руб. Владелец здания живёт в Москве.",
     ["Ущерб от пожара оценивается в 120 млн. руб.", "Владелец здания живёт в Москве."]),
    ("uk", "Суд визначив заставу в розмірі 3 млн грн. Прокурор наполягав на арешті.",
     ["Суд визначив заставу в розмірі 3 млн грн.", "Прокурор наполягав на арешті."]),
    ("ru", "По оценке аналитиков, дефицит может вырасти до 2 трлн руб. «Резервов хватит», — говорит экономист.",
     ["По оценке аналитиков, дефицит может вырасти до 2 трлн руб.", "«Резервов хватит», — говорит экономист."]),
    # a unit of measure or a magnitude ending a figure ends the sentence before a capital (ru/uk write "км" without
    # a stop inside a sentence; what a magnitude counts follows in lowercase)
    ("uk", "Новий міст через Дніпро має довжину 6,7 км. Будівництво тривало три роки.",
     ["Новий міст через Дніпро має довжину 6,7 км.", "Будівництво тривало три роки."]),
    ("ru", "Груз весом около 500 кг. Водитель не пострадал.", ["Груз весом около 500 кг.", "Водитель не пострадал."]),
    ("uk", "Кількість мешканців зросла до 12 тис. Місто планує нові школи.",
     ["Кількість мешканців зросла до 12 тис.", "Місто планує нові школи."]),
    ("uk", "Місто витратило на ремонт доріг 120 тис. грн. Роботи тривали два місяці.",
     ["Місто витратило на ремонт доріг 120 тис. грн.", "Роботи тривали два місяці."]),
    # a year before a capitalised function word (which only starts a sentence) ends it, however short the sentence
    ("uk", "Завод збудували у 2019 р. Тоді місто виділило кошти.",
     ["Завод збудували у 2019 р.", "Тоді місто виділило кошти."]),
    ("ru", "Завод открыли в 2019 г. Это был первый завод в области.",
     ["Завод открыли в 2019 г.", "Это был первый завод в области."]),
    # German "Mio."/"Mrd." before a function word ends the sentence (before a noun it does not: below)
    ("de", "Der Umsatz der Firma stieg im Jahr auf 2,5 Mrd. Der Gewinn sank.",
     ["Der Umsatz der Firma stieg im Jahr auf 2,5 Mrd.", "Der Gewinn sank."]),
    ("de", "Das Projekt kostet die Stadt am Ende 3 Mio. Die Bürger zahlen mit.",
     ["Das Projekt kostet die Stadt am Ende 3 Mio.", "Die Bürger zahlen mit."]),
    # a French closing guillemet after a full stop ends the sentence before a capital
    ("fr", "Le ministre a répondu : « Je ne l'exclus pas. » Les débats commencent lundi.",
     ["Le ministre a répondu : « Je ne l'exclus pas. »", "Les débats commencent lundi."]),
])
def test_repaired_splits(lang, text, expected):
    """Each made-up paragraph splits where a reader of the language would split it."""
    assert split_sentences(text, lang) == expected
    assert list(get_tokenizer(lang).to_sentences(text)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "В 1995 г. Иван Петров стал мэром. Он правил долго.", ["В 1995 г. Иван Петров стал мэром.", "Он правил долго."]),
    ("uk", "Транш, близько 2,2 млрд дол. США, очікують у липні.", ["Транш, близько 2,2 млрд дол. США, очікують у липні."]),
    ("fr", "« Je ne l'exclus pas. » a-t-il dit devant la presse.", ["« Je ne l'exclus pas. » a-t-il dit devant la presse."]),
    ("de", "„Ich bin froh, dass es vorbei ist. Aber mein Geld ist weg“, sagte sie.",
     ["„Ich bin froh, dass es vorbei ist. Aber mein Geld ist weg“, sagte sie."]),
    ("de", "Er wurde 2021 gewählt. 2022 trat er zurück.", ["Er wurde 2021 gewählt.", "2022 trat er zurück."]),
    # a year opening the sentence before a name: one sentence; a short clause before a name: ambiguous, kept whole
    ("uk", "У 2019 р. Київ виділив кошти на нову лінію метро.", ["У 2019 р. Київ виділив кошти на нову лінію метро."]),
    ("ru", "В 2019 г. Москва выделила деньги на ремонт дорог.", ["В 2019 г. Москва выделила деньги на ремонт дорог."]),
    # (input3) "Завод збудували у 2019 р. | Київ дав кошти." is two sentences now: a plural past tense, then a
    # second subject and verb with no comma between (tests/core/language/test_input3_ru_years.py)
    # German nouns are capitalised: "Mio. Euro", "Mrd. Dollar" stay in the sentence
    ("de", "Das Projekt kostet rund 3 Mio. Euro und 2 Mrd. Dollar Kredit.",
     ["Das Projekt kostet rund 3 Mio. Euro und 2 Mrd. Dollar Kredit."]),
    ("ru", "Ущерб составил 3 млн. USD и 2 млн руб.", ["Ущерб составил 3 млн. USD и 2 млн руб."]),
])
def test_cuts_that_stay_as_they_were(lang, text, expected):
    """A year phrase opening a sentence, a currency's country, an attributed quote and a plain end are kept."""
    assert split_sentences(text, lang) == expected


def test_english_is_left_alone():
    """The repair pass is for the five other languages only."""
    assert repair_sentences("He left at 2 p.m. later.", ["He left at 2 p.m.", "later."], "en") == [
        "He left at 2 p.m.", "later."]


@pytest.mark.parametrize("unit", ["Abs. ", "x. ", "2025 г. За ", "6,7 км. Б ", "« a. » B ", "— a? — b "])
def test_repair_is_linear_on_a_megabyte_line(unit):
    """A 1 MB line of pieces that all join, or all cut, is repaired in well under the hang bound: about 1 s on a quiet
    machine, 2-5 s with both cores busy; the quadratic repair this guards against took minutes."""
    text = (unit * (1_000_000 // len(unit))).strip()
    pieces = [p + "." for p in text.split(". ")[:-1]] + [text.split(". ")[-1]]
    started = time.perf_counter()
    repair_sentences(text, pieces, "ru")
    repair_sentences(text, pieces, "fr")
    assert time.perf_counter() - started < 20
