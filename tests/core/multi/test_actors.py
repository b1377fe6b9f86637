"""Actors merged across sources."""

from briefing.core.model import Actor, Article
from briefing.core.multi.actors import merge_across, without_source
from briefing.core.multi.sources import Source


def _src(letter):
    return Source(letter, Article(title=letter))


def test_same_actor_in_two_sources_is_merged():
    """"Kamala Harris" in A and "Harris" in B are one actor: mentions add up, both sources recorded."""
    a = Actor("Kamala Harris", "PER", aliases=["Harris"], mentions=3, sentences=[0, 2], salience=5.0, paragraph=0)
    b = Actor("Harris", "PER", mentions=2, sentences=[1], salience=2.0, paragraph=1)
    c = Actor("Harris County", "LOC", mentions=1, sentences=[4], salience=1.0)
    merged = merge_across([(_src("A"), [a]), (_src("B"), [b, c])])
    assert [m.name for m in merged] == ["Kamala Harris", "Harris County"]
    harris = merged[0]
    assert harris.mentions == 5 and harris.salience == 7.0
    assert harris.sources == {"A": [0, 2], "B": [1]}
    assert harris.sentences == [0, 2] and harris.paragraph == 0


def test_alias_in_one_source_matches_name_in_another():
    """An organisation's acronym used as an alias in A matches the acronym as name in B; the fuller name wins."""
    a = Actor("SVR", "ORG", mentions=1, sentences=[3], salience=1.0)
    b = Actor("Foreign Intelligence Service", "ORG", aliases=["SVR"], mentions=2, sentences=[0], salience=3.0)
    merged = merge_across([(_src("A"), [a]), (_src("B"), [b])])
    assert len(merged) == 1
    assert merged[0].name == "Foreign Intelligence Service" and "SVR" in merged[0].aliases


def test_removing_a_source_drops_its_only_actors():
    """Without source B, an actor only B names goes; one A also names stays, with A's sentences."""
    a = Actor("Jane Smith", "PER", mentions=2, sentences=[1], paragraph=0, sources={"A": [1], "B": [2]})
    b = Actor("Bob Jones", "PER", mentions=1, sentences=[0], paragraph=0, sources={"B": [0]})
    c = Actor("Ann Lee", "PER", mentions=1, sentences=[4], paragraph=2, sources={"B": [4], "C": [1]})
    out = without_source([a, b, c], "B")
    assert [x.name for x in out] == ["Jane Smith", "Ann Lee"]
    assert out[0].sources == {"A": [1]} and out[0].sentences == [1]
    assert out[1].sources == {"C": [1]} and out[1].sentences == [1] and out[1].paragraph is None


def test_titled_surname_in_one_source_is_the_full_name_in_another():
    """"Olaf Scholz" (A), "Scholz" (B) and "Bundeskanzler Scholz" (C) are one actor named "Olaf Scholz" citing
    A, B and C; a title does not make a name fuller, and another first name is another person."""
    a = Actor("Olaf Scholz", "PER", mentions=2, sentences=[0], salience=3.0, paragraph=0)
    b = Actor("Scholz", "PER", mentions=1, sentences=[1], salience=1.0, paragraph=1)
    c = Actor("Bundeskanzler Scholz", "PER", mentions=1, sentences=[0], salience=1.0, paragraph=0)
    d = Actor("Chancellor Olaf Scholz", "PER", mentions=1, sentences=[2], salience=1.0, paragraph=2)
    e = Actor("Anna Scholz", "PER", mentions=1, sentences=[3], salience=0.5, paragraph=3)
    merged = merge_across([(_src("A"), [a]), (_src("B"), [b]), (_src("C"), [c]), (_src("D"), [d, e])])
    assert [m.name for m in merged] == ["Olaf Scholz", "Anna Scholz"]
    assert set(merged[0].sources) == {"A", "B", "C", "D"}
    assert "Bundeskanzler Scholz" in merged[0].aliases and merged[1].sources == {"D": [3]}


def test_place_in_one_source_and_organisation_of_that_name_in_another_are_one_actor():
    """"Valmora" a place in A and B and an organisation in D is one place citing A, B and D; an organisation of
    another name, and a person of the same name, stay apart."""
    a = Actor("Valmora", "LOC", mentions=2, sentences=[0], salience=3.0, paragraph=0)
    b = Actor("Valmora", "LOC", mentions=1, sentences=[1], salience=2.0, paragraph=0)
    d = Actor("Valmora", "ORG", mentions=1, sentences=[2], salience=1.0, paragraph=1)
    d2 = Actor("Valmora Port Authority", "ORG", mentions=1, sentences=[3], salience=0.5, paragraph=2)
    e = Actor("Sorvik", "ORG", mentions=1, sentences=[0], salience=1.0, paragraph=0)
    e2 = Actor("Sorvik", "LOC", mentions=1, sentences=[1], salience=0.8, paragraph=0)
    f = Actor("Sorvik", "LOC", mentions=1, sentences=[4], salience=0.7, paragraph=3)
    g = Actor("Valmora", "PER", mentions=1, sentences=[5], salience=0.1, paragraph=4)
    merged = merge_across([(_src("A"), [a, e]), (_src("B"), [b]), (_src("D"), [d, d2, e2, g]), (_src("E"), [f])])
    by = {(m.name, m.type): m for m in merged}
    assert set(by[("Valmora", "LOC")].sources) == {"A", "B", "D"}
    assert by[("Valmora Port Authority", "ORG")].sources == {"D": [3]}
    assert by[("Valmora", "PER")].sources == {"D": [5]}
    assert set(by[("Sorvik", "LOC")].sources) == {"A", "D", "E"}  # the type most sources give (multi62)
    assert len([m for m in merged if m.name == "Valmora"]) == 2


def test_two_people_sharing_a_surname_alias_stay_apart():
    """"Martin Okafor" (A) and "Grace Okafor" (B), each with the alias "Okafor", are two people; a third source's
    "M. Okafor" joins Martin, and "Okafor" alone still joins the first of them."""
    a = Actor("Martin Okafor", "PER", aliases=["Okafor"], mentions=3, sentences=[0], salience=4.0, paragraph=0)
    b = Actor("Grace Okafor", "PER", aliases=["Okafor", "Ms Okafor"], mentions=2, sentences=[1], salience=2.0,
              paragraph=1)
    c = Actor("M. Okafor", "PER", mentions=1, sentences=[2], salience=1.0, paragraph=0)
    d = Actor("Okafor", "PER", mentions=1, sentences=[3], salience=0.5, paragraph=2)
    merged = merge_across([(_src("A"), [a]), (_src("B"), [b]), (_src("C"), [c]), (_src("D"), [d])])
    by = {m.name: m for m in merged}
    assert set(by) == {"Martin Okafor", "Grace Okafor"}
    assert set(by["Martin Okafor"].sources) == {"A", "C", "D"}
    assert by["Grace Okafor"].sources == {"B": [1]}


def test_english_j_and_russian_dzh_are_one_name():
    """"John Petersen" (A) and "Джон Петерсен" (B) are one person; "Dzhamal Aliyev" (A) and "Джамал Алиев" (B) too;
    "Иван Петерсен" is another person."""
    a = [Actor("John Petersen", "PER", mentions=2, sentences=[0], salience=3.0, paragraph=0),
         Actor("Dzhamal Aliyev", "PER", mentions=1, sentences=[1], salience=2.0, paragraph=1)]
    b = [Actor("Джон Петерсен", "PER", mentions=1, sentences=[0], salience=1.0, paragraph=0),
         Actor("Джамал Алиев", "PER", mentions=1, sentences=[1], salience=1.0, paragraph=0),
         Actor("Иван Петерсен", "PER", mentions=1, sentences=[2], salience=0.5, paragraph=1)]
    merged = merge_across([(_src("A"), a), (_src("B"), b)])
    by = {m.name: m for m in merged}
    assert set(by) == {"John Petersen", "Dzhamal Aliyev", "Иван Петерсен"}
    assert set(by["John Petersen"].sources) == {"A", "B"} and "Джон Петерсен" in by["John Petersen"].aliases
    assert set(by["Dzhamal Aliyev"].sources) == {"A", "B"}


def test_place_in_latin_and_organisation_in_cyrillic_letters_are_one_actor():
    """"Novorod" a place in A and "Новород" an organisation in B are one place citing A and B."""
    a = Actor("Novorod", "LOC", mentions=2, sentences=[0], salience=3.0, paragraph=0)
    b = Actor("Новород", "ORG", mentions=1, sentences=[1], salience=1.0, paragraph=0)
    merged = merge_across([(_src("A"), [a]), (_src("B"), [b])])
    assert len(merged) == 1 and merged[0].type == "LOC" and set(merged[0].sources) == {"A", "B"}
