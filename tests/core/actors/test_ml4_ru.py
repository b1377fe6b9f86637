"""Russian by the Cyrillic rules (ml4; what the app runs without natasha): an adverb or conjunction opening the
sentence is no part of the name after it, and a Russian surname ending makes a lone name a person. Made-up text."""

from briefing.core.actors.rules_multilingual import find_mentions


def spans(text: str, lang: str = "uk") -> set[tuple[str, str]]:
    return {(text[s:e], kind) for s, e, kind, _base, _role in find_mentions(text, lang)}


def test_a_sentence_first_adverb_is_no_part_of_the_name():
    for text, name in (("Вчера Маргарян заявил, что не уйдёт.", "Маргарян"),
                       ("Позже Тархания встретился с журналистами.", "Тархания"),
                       ("Накануне Гогуа выступил в парламенте.", "Гогуа"),
                       ("Однак Шмигаль відмовився від коментарів.", "Шмигаль")):
        got = spans(text)
        assert any(span == name for span, _kind in got), (text, got)
        assert not any(span.endswith(" " + name) for span, _kind in got), (text, got)


def test_a_first_name_after_the_opening_word_is_kept():
    got = spans("Сегодня Анна Смирнова открыла выставку.")
    assert ("Анна Смирнова", "PER") in got


def test_a_russian_surname_ending_makes_a_lone_name_a_person():
    for text, name in (("Вчера Кузнецов уехал в Новосибирск.", "Кузнецов"),
                       ("Однако Смирнова отказалась от комментариев.", "Смирнова"),
                       ("Матч выиграл Горбачёв.", "Горбачёв"),
                       ("Об этом написал Жуковский.", "Жуковский")):
        assert (name, "PER") in spans(text), (text, spans(text))


def test_a_ukrainian_town_in_in_is_no_russian_surname():
    got = spans("Туристи відвідали Рогатин і Бурштин.")
    assert ("Рогатин", "PER") not in got and ("Бурштин", "PER") not in got
