"""Russian by the Cyrillic rules (ml3; what the app runs without natasha) and Ukrainian: a surname alone after the
full name, a role's complement glued to the name after it, and an actor named in the nominative. Made-up text."""

from briefing.core.actors.multilingual_actors import rules_actors
from briefing.core.actors.rules_multilingual import find_mentions
from briefing.core.ingest.text import article_from_text


def spans(text: str, lang: str = "uk") -> set[tuple[str, str]]:
    return {(text[s:e], kind) for s, e, kind, _base, _role in find_mentions(text, lang)}


def test_a_surname_in_another_case_after_the_full_name_is_the_person():
    got = spans("Губернатор встретился с Борисом Громовецким. Вчера награду вручили Громовецкому.")
    assert ("Громовецкому", "PER") in got
    got = spans("Вчера награду вручили Громовецкому.")
    assert ("Громовецкому", "PER") not in got  # no full name: no evidence


def test_a_ukrainian_surname_alone_after_the_full_name():
    got = spans("Вчора Олена Ковалишин відкрила виставку. Ковалишин подякувала гостям.")
    assert ("Ковалишин", "PER") in got


def test_the_role_complement_before_a_three_word_run_is_cut_off():
    got = spans("Об этом сообщил мэр Казани Ильсур Метшин на пресс-конференции.")
    assert ("Ильсур Метшин", "PER") in got
    assert not any(span.startswith("Казани") and kind == "PER" for span, kind in got)


def test_a_patronymic_keeps_the_three_words_whole():
    got = spans("Об этом сообщил президент Владимир Владимирович Путин на встрече.")
    assert ("Владимир Владимирович Путин", "PER") in got


def test_an_actor_is_named_in_the_nominative():
    article = article_from_text("Выборы в Тархании\n\nВласти в Тархании закрыли границу. Власти заявили, что Тархания "
                                "не признает выборы. В Тархании ввели режим тишины.", language="ru")
    names = [a.name for a in rules_actors(article, lang="uk")]
    assert "Тархания" in names and "Тархании" not in names
