"""Ukrainian names by rules (ml2): courts of a city, lists of regions, foreign firms, administrations."""

import pytest

from briefing.core.actors.rules_multilingual import find_mentions


def spans(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], kind) for s, e, kind, _base, _role in find_mentions(text, "uk")}


def test_a_court_keeps_its_city():
    assert ("Печерського районного суду м. Києва", "ORG") in spans("Про це свідчить ухвала Печерського районного суду м. Києва від 26 травня.")


@pytest.mark.parametrize("text, phrase", [
    ("Ремонт доріг (Харківська та Сумська області) коштуватиме 400 тисяч.", "Харківська та Сумська області"),
    ("Обстріли тривають у Київській і Житомирській областях.", "Київській і Житомирській областях"),
])
def test_a_list_of_regions_is_one_place(text, phrase):
    got = spans(text)
    assert (phrase, "LOC") in got
    assert not any(kind == "PER" for _span, kind in got)


@pytest.mark.parametrize("name", ["Interstatus Limited", "Стіл Продактс Лімітед", "Енерджі Трейд Груп"])
def test_a_foreign_firm_is_no_person(name):
    assert (name, "ORG") in spans(f"Власником заводу з 2010 року є {name}.")


def test_an_administration_is_a_body():
    got = spans("Про це повідомив голова Київської обласної військової адміністрації Руслан Кравченко.")
    assert ("Київської обласної військової адміністрації", "ORG") in got
    assert ("Руслан Кравченко", "PER") in got
