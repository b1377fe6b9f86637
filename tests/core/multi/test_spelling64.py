"""One actor in two scripts or spellings across languages (multi64), and a comma splice as two clauses for the
negation check."""

import time

from briefing.core.model import Actor, Article
from briefing.core.multi.actors import merge_across
from briefing.core.multi.frames import denied_flags
from briefing.core.multi.similarity import denies
from briefing.core.multi.sources import Source
from briefing.core.multi.spelling import close_names, close_words, romanize


def _source(letter, language, *sentences):
    return Source(letter, Article(title=letter, paragraphs=[[s] for s in sentences], language=language))


def _actor(name, kind, sentences=(0,)):
    return Actor(name, kind, [], "", len(sentences), list(sentences), 1.0, 0)


def _groups(per_source):
    return sorted(sorted(a.sources) for a in merge_across(per_source) if len(a.sources) > 1)


def test_romanisation_follows_the_cited_schemes():
    """Ukrainian by the national system (г "h", и "y", ї "i"), Russian by BGN/PCGN (й "y", х "kh")."""
    assert romanize("Зеленський", "uk") == "zelenskyi"
    assert romanize("Київ", "uk") == "kyiv"
    assert romanize("Гончаренко", "uk") == "honcharenko"
    assert romanize("Зеленский", "ru") == "zelenskiy"
    assert romanize("Абдрахманов", "ru") == "abdrakhmanov"


def test_one_name_in_several_spellings_and_case_forms_is_close():
    for a, b, la, lb in [("Зеленський", "Zelensky", "uk", "en"), ("Zelensky", "Selenskyj", "en", "de"),
                         ("Zelenski", "Зеленский", "es", "ru"), ("Київ", "Kyiv", "uk", "en"), ("Kiev", "Kiew", "fr", "de"),
                         ("Києві", "Kyiv", "uk", "en"), ("Каспии", "Caspia", "ru", "en"), ("Одеси", "Odesa", "uk", "en"),
                         ("Mykolaiv", "Mykolajiw", "en", "de"), ("Володимир", "Владимир", "uk", "ru")]:
        assert close_words(a, b, la, lb), (a, b)
    assert close_names("Wolodymyr Selenskyj", "Volodymyr Zelensky", "de", "en")


def test_other_names_are_not_close():
    """Short names stricter (a vowel more or less only); other first names are other names."""
    for a, b in [("John", "Jane"), ("Bern", "Born"), ("Oleh", "Andriy"), ("Paris", "Pariser"), ("Kyiv", "Kursk"),
                 ("Melnyk", "Mironov")]:
        assert not close_words(a, b, "en", "de"), (a, b)
    assert not close_names("Oleh Melnyk", "Andrij Melnyk", "en", "de")


def test_one_person_and_one_city_in_three_languages_merge():
    """Selenskyj (de), Zelensky (en), Зеленський (uk); Kiew, Kyiv, Київ: one actor each, citing all three."""
    per = [(_source("A", "de", "Selenskyj dankte den Rettern in Kiew."),
            [_actor("Wolodymyr Selenskyj", "PER"), _actor("Kiew", "LOC")]),
           (_source("B", "en", "Zelensky thanked the rescuers from Kyiv."),
            [_actor("Volodymyr Zelensky", "PER"), _actor("Kyiv", "LOC")]),
           (_source("C", "uk", "Зеленський подякував рятувальникам у Києві."),
            [_actor("Володимир Зеленський", "PER"), _actor("Київ", "LOC")])]
    assert _groups(per) == [["A", "B", "C"], ["A", "B", "C"]]
    assert _groups(per[::-1]) == [["A", "B", "C"], ["A", "B", "C"]]


def test_a_case_form_meets_its_base_and_other_types_or_first_names_never_merge():
    per = [(_source("A", "ru", "Министр энергетики Каспии."), [_actor("Каспии", "LOC"), _actor("Олег Мельник", "PER")]),
           (_source("B", "en", "Caspia signed."), [_actor("Caspia", "LOC"), _actor("Andriy Melnyk", "PER")]),
           (_source("C", "de", "Melnyk sagte."), [_actor("Caspia", "ORG"), _actor("Andrij Melnyk", "PER")])]
    merged = merge_across(per)
    caspia = next(a for a in merged if a.name in ("Каспии", "Caspia") and "A" in a.sources)
    assert "B" in caspia.sources
    melnyks = [sorted(a.sources) for a in merged if "Melnyk" in a.name or "Мельник" in a.name]
    assert sorted(melnyks) == [["A"], ["B", "C"]]


def test_spellings_within_one_language_stay_apart():
    """Two English sources' "Kiev" and "Kyiv" could be two places of one country: only languages differing merge."""
    per = [(_source("A", "en", "Kiev."), [_actor("Kiev", "LOC")]), (_source("B", "en", "Kyiv."), [_actor("Kyiv", "LOC")])]
    assert _groups(per) == []


def test_a_name_missed_by_a_finder_is_found_spelt_the_other_language_way():
    """The German source's finder missed "Mykolajiw": it is found for the English "Mykolaiv"."""
    per = [(_source("A", "en", "The ferry sailed from Mykolaiv."), [_actor("Mykolaiv", "LOC")]),
           (_source("B", "de", "Die Fähre war aus Mykolajiw ausgelaufen."), [])]
    assert _groups(per) == [["A", "B"]]


def test_a_comma_splice_is_two_clauses_for_the_negation_check():
    text = "The port did not close, it reopened at noon."
    assert [w for w, f in zip(text.split(), denied_flags(text)) if f] == ["The", "port", "did", "not", "close,"]
    text = "Nobody walked out of the talks, the ministers signed the deal at midnight."
    assert not any(denied_flags(text)[6:])
    text = "Der Hafen wurde nicht geschlossen, er öffnete am Mittag wieder."
    assert not any(denied_flags(text, "de")[5:])
    assert not denies("The port did not close, it reopened at noon after repairs.",
                      "Ships sailed again when it reopened at noon after repairs.", "en")
    # a comma inside one clause still keeps the negation
    text = "It was not, as first reported, a fire."
    assert all(denied_flags(text))


def test_spelling_merge_is_bounded_on_many_actors():
    """300 people in each of two languages sharing surnames: merged in a few seconds."""
    surnames = ["Melnyk", "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko"]
    given = [f"Name{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(60)]
    people = [f"{g} {s}" for g in given for s in surnames]
    per = [(_source("A", "en", "x"), [_actor(p, "PER") for p in people]),
           (_source("B", "de", "x"), [_actor(p.replace("y", "ij"), "PER") for p in people])]
    start = time.thread_time()
    merged = merge_across(per)
    assert time.thread_time() - start < 20
    assert len(merged) == len(people)


def test_a_place_in_one_language_and_a_body_of_its_name_in_another_are_one():
    """"Caspia" an organisation (en finder) and "Каспии" a place (ru): one actor, not two citing each other's text."""
    per = [(_source("A", "en", "Caspia signed the deal."), [_actor("Caspia", "ORG")]),
           (_source("B", "ru", "Министр энергетики Каспии."), [_actor("Каспии", "LOC")])]
    merged = merge_across(per)
    assert [sorted(a.sources) for a in merged] == [["A", "B"]]
