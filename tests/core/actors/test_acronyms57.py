"""Acronyms and legal forms that join their full names, fifty-seventh round: an acronym that leaves out a name's
last part after "and", a legal tail "& Co." / "and Co", an acronym leaving out a trailing country or place (other
languages). Made-up texts, one per rule."""

from __future__ import annotations

from ..builders import actor_aliases as _actors
from ..builders import alias_owner as _owner


def test_plural_organisation_word_opens_a_name_with_for():
    """ "Centres for ..." heads a body's name as "Centre for ..." does: the whole run is one name."""
    got = _actors("The Centres for Orchard Pest Control warned growers on Monday. Farmers were worried.")
    assert "Centres for Orchard Pest Control" in got


def test_acronym_leaves_out_the_part_after_and():
    """ "HBWS" spells "Hollin Board for Water Safety" without "and Testing": one body."""
    got = _actors("The Hollin Board for Water Safety and Testing warned of a new strain on Monday. HBWS said "
                  "plants should prepare. HBWS officials declined to comment.")
    assert _owner(got, "HBWS") == "Hollin Board for Water Safety and Testing"


def test_acronym_two_names_spell_joins_neither():
    """Two bodies whose initials both give "HBWS" (one in full, one without its "and" part) keep the acronym apart."""
    got = _actors("The Hollin Board for Water Safety and Testing warned of a new strain on Monday. The Harbour "
                  "Bureau of Wharf Security disagreed. HBWS said plants should prepare.")
    assert _owner(got, "HBWS") == "HBWS"


def test_and_co_is_a_legal_tail():
    """ "Brannock Reid & Co." and "Brannock Reid" are one firm; the bare name is no "Brannock Reid &"."""
    got = _actors("Brannock Reid & Co. advised the buyer on the deal. The bank earned a large fee. Brannock Reid "
                  "declined to comment.")
    assert _owner(got, "Brannock Reid") == "Brannock Reid & Co."
    assert not any(a.endswith("&") for _t, al in got.values() for a in al)


def test_and_co_written_out_is_a_legal_tail():
    """ "Marlow Hesketh and Co" and "Marlow Hesketh" are one firm."""
    got = _actors("Marlow Hesketh and Co advised the buyer on the deal. Marlow Hesketh declined to comment.")
    assert _owner(got, "Marlow Hesketh") == _owner(got, "Marlow Hesketh and Co")


def _ml_actors(text: str, lang: str) -> dict[str, list[str]]:
    from briefing.core.actors.multilingual_actors import rules_actors
    from briefing.core.ingest.text import with_language
    from briefing.core.model import Article

    return {a.name: a.aliases for a in rules_actors(with_language(Article(title="", paragraphs=[[text]]), lang),
                                                    lang=lang)}


def test_ukrainian_acronym_leaves_out_the_country_in_the_genitive():
    """ "СКР" spells "Служба контрольної розвідки" without "Молдови" (a listed country, genitive): one body."""
    got = _ml_actors("Служба контрольної розвідки Молдови повідомила про загрозу. У СКР заявили, що загроза "
                     "зростає.", "uk")
    assert "СКР" in got.get("Служба контрольної розвідки Молдови", [])


def test_ukrainian_acronym_two_bodies_with_their_countries_join_neither():
    """Two services whose names differ only by the country both spell "СКР": the acronym joins neither."""
    got = _ml_actors("Служба контрольної розвідки Молдови повідомила про загрозу. Служба контрольної розвідки "
                     "Польщі це заперечила. У СКР заявили, що загроза зростає.", "uk")
    assert "СКР" in got


def test_russian_acronym_leaves_out_the_country_in_the_genitive():
    """The ranking joins "СКР" to "Служба контрольной разведки Молдавии" (a finder that keeps the country inside)."""
    from briefing.core.actors.ranking import Mention, rank_actors
    from briefing.core.model import Article

    article = Article(title="", paragraphs=[["Служба контрольной разведки Молдавии сообщила о данных.",
                                             "В СКР заявили, что угроза растёт."]], language="ru")
    mentions = [Mention("Служба контрольной разведки Молдавии", "Служба контрольной разведки Молдавии", "ORG",
                        "ORG:служба контрольной разведки молдавии", 0),
                Mention("СКР", "СКР", "ORG", "ORG:скр", 1)]
    got = {a.name: a.aliases for a in rank_actors(article, mentions)}
    assert got == {"Служба контрольной разведки Молдавии": ["СКР"]}
