"""Key actors in Ukrainian, German, French and Spanish by rules: capitalised names, typed by word lists.

No model ships on PyPI for these languages under a licence the app can use
(docs/language-actors.md), so names are found the way a reader skims:

* a name is a run of capitalised words, with the language's connectors inside
  ("Banco de España", "Jean-Yves Le Drian"); a French elision is cut off
  ("l'Intérieur" -> "Intérieur");
* what is not a name is dropped from the run: a sentence's first word when it
  is a stop word or a word the text also writes in lower case, titles ("Herr",
  "M.", "Sr.", "пан"), role nouns, days and months;
* **German** capitalises every noun, so there a capitalised word counts only
  when it is known (a place, a country, a first name, an organisation word or
  an acronym), follows a first name or another known name part, or stands
  where a noun cannot: not after a determiner, not sentence-first, without a
  common-noun ending ("-ung", "-keit", "-schaft"...);
* the type comes from the words: a country (pycountry's names in the
  language) or a GeoNames city is a place; an organisation word ("Partido",
  "Ministerium", "служба") or an acronym makes an organisation; a first name,
  a title or a role noun before it makes a person; a lone name after a
  locative preposition ("en Lisboa", "у Львові") is a place; anything else of
  two words or more is a person, one word an organisation;
* Ukrainian names are brought to a base form by their endings
  ("Володимирові Зеленському" -> "Володимир Зеленський", "Литвиненка" ->
  "Литвиненко"), and places to the gazetteer's form ("у Львові" -> "Львів").

Quality per language: :mod:`.languages`; the figures come from
``benchmarks/multilingual.py``.
"""

from __future__ import annotations

import unicodedata

from .lexicon_multilingual import (
    RULES,
    LanguageRules,
    country_names,
    region_names,
)
from .rules_de import german_first_name_as_noun, german_name_word, german_surname_after, german_firm, spa_town
from .rules_de import german_function_word, german_places_in_org, german_time_noun
from .rules_de import german_firm_cue, german_lone_noun, german_party, german_place_form, german_surnames
from .rules_de import ENGLISH_BODY_HEADS, german_proper_adjective, german_genitive_place, german_genitive_name, german_speaker
from .rules_fr import article_before as fr_article_before, extend_with_adjectives
from .rules_phrases import opening_preposition, party_noun
from .rules_kinds import DocumentWords, paired_abbreviation, place_noun, term_abbreviation, unit_word
from .rules_uk import (
    cyrillic_stem,
    uk_place,
    uk_legal_firm,
    uk_genitive_place_base,
    uk_people_plural,
    uk_region,
)
from .rules_es import article_before as es_article_before, speaker as es_speaker
from .rules_es import town_of_two_names as es_town
from .rules_es import full_name_surnames, list_joint as es_list_joint, personal_preposition
from .rules_roles import role_before, title_before, uk_role_complement_first
from .rules_uk_names import base_form, extend_org, uk_first_name, uk_org_shape, uk_person, uk_quoted_party
from .rules_uk_names import cyrillic_opener, uk_foreign_firm, uk_region_list
from .rules_words import (
    ORG_ENDINGS,
    is_org_word,
    ORG_CUES,
    is_first_name,
    is_role_noun,
    firm_name,
    known_name_part,
    latin_names,
    stop_words_of,
    WordTok,
    word_tokens,
    hyphenated_organisation,
)

#: Languages this module handles.
LANGUAGES = tuple(RULES)

def find_mentions(text: str, lang: str, lowered: set[str] | None = None,
                  document: DocumentWords | None = None) -> list[tuple[int, int, str, str, str]]:
    """Return ``(start, end, type, base form, role)`` for every name in ``text`` (``lang``: uk, de, fr, es).

    Offsets index ``text`` (end exclusive). ``lowered``: words the whole
    document writes in lower case (a sentence-first word among them is not a
    name); ``document``: the whole document's words (:func:`document_words`),
    for what a sentence-first word is; ``text``'s own are always used. The
    benchmark scores these spans; :func:`rules_actors` groups them into actors.
    """
    rules = RULES[lang]
    tokens = word_tokens(text)
    lowered_in_text = {t.text for t in tokens if t.text[:1].islower()} | (lowered or set())
    if document is None:
        document = DocumentWords(lang)
        document.add((t.text, t.first) for t in tokens)
        document.add_articles((t.text for t in tokens), rules.determiners)
        document.surnames |= _surnames([t.text for t in tokens], lang)
        document.bodies |= _bodies([t.text for t in tokens], lang)
    out = []
    i = 0
    n = len(tokens)
    words = [t.text for t in tokens]
    while i < n:
        quoted = uk_quoted_party(tokens, i) if lang == "uk" else 0
        if quoted:  # фракція «Європейська солідарність»: the quoted name is the party's, lower-case words included
            out.append((tokens[i + 1].start, tokens[quoted - 1].end, "ORG", text[tokens[i + 1].start:tokens[quoted - 1].end], ""))
            i = quoted + 1
            continue
        regions = uk_region_list(words, i) if lang == "uk" and tokens[i].cap else 0
        if regions:  # "Харківська та Сумська області": one place phrase
            out.append((tokens[i].start, tokens[regions].end, "LOC", text[tokens[i].start:tokens[regions].end], ""))
            i = regions + 1
            continue
        firm = uk_legal_firm(words, i) if lang == "uk" else 0
        if firm:  # ТОВ «Фінансова компанія «Трансфербутик»: the legal form and the quoted name are one firm's name
            out.append((tokens[i].start, tokens[firm].end, "ORG", text[tokens[i].start:tokens[firm].end], ""))
            i = firm + 1
            continue
        if not tokens[i].cap or not tokens[i].text[0].isalpha():
            i += 1
            continue
        pair = paired_abbreviation([t.text for t in tokens[i:i + 4]]) if lang == "es" else 0
        if pair:  # "EE. UU.", "CC. OO.": one name, not two
            written = text[tokens[i].start:tokens[i + pair - 1].end]
            kind = "LOC" if written.replace(" ", "").rstrip(".") in _PLACE_ACRONYMS else "ORG"
            out.append((tokens[i].start, tokens[i + pair - 1].end, kind, written, ""))
            i += pair
            continue
        j = i + 1
        while j < n:
            t = tokens[j]
            if lang == "es" and paired_abbreviation([x.text for x in tokens[j:j + 4]]):
                break  # "Las FF. AA.": the abbreviation is a name of its own
            if t.cap and t.text[0].isalpha():
                j += 1
            elif lang == "de" and t.text in ("von", "van") and j + 2 < n and tokens[j + 1].text in ("der", "den") \
                    and tokens[j + 2].cap and tokens[j + 2].text[0].isalpha() and not tokens[j + 2].first \
                    and is_first_name(tokens[j - 1].text):
                j += 2  # "Ursula von der Leyen", "Rafael van der Vaart": a first name's particles
            elif lang == "de" and t.text in ("den", "der") and tokens[j - 1].text.lower() not in ("van", "von") \
                    and (t.text == "den" or is_first_name(tokens[i].text)):
                break  # "Neil Armstrong | den Mond", "Kurt Miller | der ...": an article, unless "von der", "van den"
            elif (t.text.lower() in rules.connectors and j + 1 < n and tokens[j + 1].cap
                  and tokens[j + 1].text[0].isalpha() and not tokens[j + 1].first):
                j += 1
            elif (lang == "es" and t.text.lower() in ("de", "del") and j + 2 < n and tokens[j + 1].text in _ES_ARTICLES
                  and tokens[j + 2].cap and tokens[j + 2].text[0].isalpha() and not tokens[j + 2].first):
                j += 2  # "Bomberos de la Comunidad", "Palacio de la Magdalena", "Andrés de la Oliva": one name
            elif lang == "uk" and t.text in ("«", "»") and j + 1 < n:
                break
            else:
                break
        if lang == "uk":
            j = extend_org(tokens, i, j, rules)
        elif lang == "fr":  # "le Parti socialiste", "l'Union européenne": the adjectives are the body's name
            j = extend_with_adjectives(words, i, j, lambda low: is_org_word(low, rules))
        parts = _split_run(tokens, i, j, rules)
        for n_part, (a, b) in enumerate(parts):
            for start, end, kind, role in _names_in_run(tokens, a, b, rules, lowered_in_text,
                                                        followed=n_part + 1 < len(parts), document=document):
                genitive = lang == "uk" and kind == "LOC" and end == start + 1 and start > 0 \
                    and uk_people_plural(tokens[start - 1].text)  # "Мешканці Вишеньки": the place's genitive
                out.append((tokens[start].start, tokens[end - 1].end, kind,
                            uk_genitive_place_base(tokens[start].text) if genitive
                            else base_form(tokens[start:end], kind, lang, text), role))
        i = j
    return out


def _split_run(tokens: list[WordTok], i: int, j: int, rules: LanguageRules) -> list[tuple[int, int]]:
    """Cut a capitalised run where a new name starts: after a title ("Selon M. Darmanin"), and at a first
    name that follows other words ("Польщі Маріушем Камінським", "Intérieur Gérald Darmanin")."""
    if rules.code == "uk" and uk_role_complement_first(tokens, i, j, rules):
        return [(i, i + 1), (i + 1, j)]  # "мэр Казани | Ильсур Метшин": the role's complement, then the person
    parts, a = [], i
    for m in range(i + 1, j):
        word = tokens[m].text
        prev_low = tokens[m - 1].text.lower().rstrip(".")
        if rules.code == "de" and (german_genitive_place(tokens[m - 1].text) or german_genitive_name(tokens, m - 1, rules)):
            parts.append((a, m))  # "Bremens | Bürgermeister ...", "Wetzlars | Coach Gennadij Chalepo": the place's
            a = m                 # genitive comes before the noun it qualifies
        elif prev_low in rules.titles and m - 1 > a:
            parts.append((a, m - 1))
            a = m - 1
        elif rules.code == "uk" and m == a + 1 and j - m >= 2 and uk_place(tokens[a].text) \
                and not any(is_org_word(t.text.lower(), rules) for t in tokens[m:j]):
            parts.append((a, m))  # a place's case form, then a name: "в Україні Томас Вебер", "мера Ірпеня Валерія ..."
            a = m
        elif (is_first_name(word) or uk_first_name(word)) and tokens[m - 1].text[0].isupper() \
                and not is_first_name(tokens[m - 1].text) and not uk_first_name(tokens[m - 1].text) \
                and tokens[m - 1].text.lower() not in rules.titles and not _surname_after(tokens, a, m, j, rules):
            parts.append((a, m))
            a = m
    parts.append((a, j))
    return parts


def _surname_after(tokens: list[WordTok], a: int, m: int, j: int, rules: LanguageRules) -> bool:
    """True when the listed first name ``tokens[m]`` ends the run right after one unknown word: it is that word's
    surname ("Carles Peris", "Marta Thomas"), not a new name, as a first name not in the lists comes first."""
    if m != j - 1 or m - a != 1:
        return False
    word = tokens[a].text
    return not (tokens[a].acronym or known_name_part(word, rules.code) or is_org_word(word.lower(), rules)
                or is_role_noun(word.lower(), rules) or word.lower() in stop_words_of(rules.code))


def document_words(texts, lang: str) -> DocumentWords:
    """Return the words of a document's ``texts`` (title and sentences) for :func:`find_mentions`."""
    words = DocumentWords(lang)
    for text in texts:
        tokens = word_tokens(text)
        words.add((t.text, t.first) for t in tokens)
        words.add_articles((t.text for t in tokens), RULES[lang].determiners)
        words.surnames |= _surnames([t.text for t in tokens], lang)
        words.bodies |= _bodies([t.text for t in tokens], lang)
    return words


def _surnames(words: list[str], lang: str) -> set[str]:
    """The surnames of the full names among one text's ``words`` (German, Spanish, French): alone, they are that
    person."""
    if lang == "de":
        return german_surnames(words)
    if lang == "uk":  # by stem: "Бориса Громова" names "Громову", "Громов" ("Russian as Ukrainian" too)
        return {cyrillic_stem(b) for a, b in zip(words, words[1:]) if uk_first_name(a) and b[:1].isupper()
                and b[1:].islower() and b.isalpha() and not uk_first_name(b) and not uk_place(b)
                and not is_org_word(b.lower(), RULES["uk"])}
    return full_name_surnames(words) if lang in _ROMANCE else set()


def _bodies(words: list[str], lang: str) -> set[str]:
    """The one-word names after a firm's noun among one text's ``words`` ("la empresa Inditex", "la société Valtrona"):
    alone elsewhere, after "de" or in a list, they are that body."""
    cues = ORG_CUES.get(lang, ()) if lang in _ROMANCE else ()
    return {b for a, b, c in zip(words, words[1:], words[2:] + [""]) if a.lower() in cues and b[:1].isupper()
            and b[1:].islower() and b.isalpha() and not (c[:1].isupper() and c.isalpha()) and not is_first_name(b)}


def _names_in_run(tokens: list[WordTok], i: int, j: int, rules: LanguageRules, lowered: set[str],
                  followed: bool = False, document: DocumentWords | None = None):
    """Yield ``(start, end, type, role)`` for the names inside the capitalised run ``tokens[i:j]``.

    ``followed``: another name follows in the same run (a role's complement
    comes first: "Представник Єврокомісії | Петер Стано").
    """
    lang = rules.code
    stops = stop_words_of(lang)
    first_names, places = latin_names()
    countries = country_names(lang)
    role, complement = role_before(tokens, i, rules)
    person_cue = bool(role) and not complement or title_before(tokens, i, rules)
    if role and not complement and j < len(tokens) - 1 and tokens[j].text == "," and tokens[j + 1].cap:
        complement, person_cue = True, title_before(tokens, i, rules)  # "région Occitanie, Carole Delga"
    if role and followed and not complement:
        # "заступниця Гнатюка Оксана Мельничук": the first name of the run completes the role, which is the next one's
        role, person_cue = "", title_before(tokens, i, rules)
    if complement:
        role = ""
    k = i
    # Drop what opens the run but is not a name.
    while k < j:
        t = tokens[k]
        low = t.text.lower().rstrip(".")
        if lang in _ROMANCE and 1 < j - k <= 6 and " ".join(x.text for x in tokens[k:j]) in places:
            break  # "San Sebastián", "La Coruña", "Las Palmas": a listed place keeps its saint and its article
        if low in rules.titles or t.text.lower() in rules.titles:
            person_cue = True
        elif is_role_noun(low, rules):
            role, person_cue = t.text if lang == "de" else low, not followed
            complement = followed
        elif low in rules.noise or low in rules.connectors:
            pass
        elif lang == "de" and (t.first and german_function_word(low) or german_time_noun(tokens, k, rules)):
            pass  # "Dabei", "Davon" opening a sentence (towns on the lists); "Ende März", "Mitte des Jahres"
        elif len(t.text) == 1 or unit_word(t.text, lang) or term_abbreviation(t.text, lang):
            pass  # a lone initial or a list letter; a unit or number word ("GW", "Mio", "ГВт"); a term ("ВВП", "PIB")
        elif t.first and not t.acronym and low in stops and (j - k == 1 or len(low) <= 4):
            pass  # "El", "Die", "Les" opening a sentence ("Nueva York" keeps its "Nueva")
        elif lang == "uk" and t.first and cyrillic_opener(low) and not known_name_part(t.text, lang):
            pass  # "Сегодня Тархания", "Вчера Иванов", "Однако Смирнова": an adverb or conjunction opening the sentence
        elif t.first and opening_preposition(t.text, lang):
            pass  # "Según Iberdrola", "Laut Siemens", "Согласно Росстату": a preposition opening the sentence
        elif t.first and not t.acronym and (low in lowered or document.written_lower(t.text) and not is_org_word(
                low, rules)) and not known_name_part(t.text, lang):
            pass  # "Частину" where the text writes "частина"
        elif t.first and not t.acronym and (j - k == 1 or tokens[k + 1].text.lower() in rules.connectors) \
                and lang in _LONE_FIRST and not known_name_part(t.text, lang) and not is_org_word(low, rules) \
                and not hyphenated_organisation(t.text, rules) and not (lang == "de" and german_speaker(tokens, k, j)) \
                and not document.capitalised_inside(t.text) and not _place_noun_before(tokens, k, lang) \
                and not (k > 0 and tokens[k - 1].text in _OPENING_QUOTES and j < len(tokens)
                         and tokens[j].text in _CLOSING_QUOTES):
            pass  # a lone sentence-first word the document never capitalises elsewhere ("Наступного", "Llevamos"),
            # or one before a connector ("Visitaron la Confederación...")
        elif lang == "de" and not german_name_word(tokens, k, rules, lowered, document):
            pass
        elif lang == "uk" and uk_people_plural(t.text):
            pass  # "Мешканці Вишеньки": a noun of people opening the run
        else:
            break
        k += 1
    if lang == "de":
        # Cut the run at the first common noun after the name starts.
        end = k
        while end < j and (tokens[end].text.lower() in rules.connectors or german_name_word(tokens, end, rules, lowered, document)
                           or end > k and german_surname_after(tokens, end, rules, document)
                           or end == k + 1 and german_proper_adjective(tokens[k].text) and not tokens[k].first
                           and tokens[end].cap
                           and tokens[end].text[:1].isalpha()):  # "Britische Botschaft": the noun it qualifies
            end += 1
        j = end
    while j > k and (tokens[j - 1].text.lower() in rules.connectors or len(tokens[j - 1].text) == 1
                     or tokens[j - 1].text.lower() in rules.titles or term_abbreviation(tokens[j - 1].text, lang)):
        j -= 1
    if k >= j or not any(t.cap for t in tokens[k:j]):
        return  # nothing left, or only lower-case words ("Представники партії ...": a common noun is no actor)
    words = [t.text for t in tokens[k:j]]
    phrase = " ".join(words)
    low_words = [w.lower() for w in words]
    if any(w in rules.noise for w in low_words) and len(words) == 1:
        return
    if lang == "de" and len(words) == 1 and not tokens[k].acronym and german_lone_noun(tokens, k, rules, document):
        return
    if lang == "de" and len(words) == 1 and not person_cue and german_first_name_as_noun(tokens, k, j, document):
        return
    before = tokens[k - 1].text.lower() if k > 0 else ""
    if lang == "uk" and j - k == 1 and j < len(tokens) and uk_region(words[0], tokens[j].text):
        yield k, j + 1, "LOC", ""  # "у Полтавській області": a region's adjective and its noun, no surname
        return
    if phrase.isupper() and len(phrase) > 3 and known_name_part(phrase.title(), lang):
        kind = "LOC"  # a dateline: "BERLIN", "КИЇВ"
    elif phrase in _PLACE_ACRONYMS or phrase.lower() in countries or phrase in places or phrase in region_names(lang) \
            or lang in _ROMANCE and _plain(phrase) in places \
            or (lang == "uk" and uk_place(phrase)) or (lang == "de" and (spa_town(words) or german_place_form(phrase))):
        kind = "LOC"
    elif (_place_noun_before(tokens, k, lang) or lang == "uk" and before == "через" and not tokens[k].acronym) \
            and not any(is_org_word(w, rules) for w in low_words):
        kind = "LOC"  # "на вулиці Пасічній", "вул. Морській", "calle Mayor"; "міст через Південний Буг"
    elif any(is_org_word(w, rules) for w in low_words) or lang == "de" and german_party(words) or any(w.endswith(ORG_ENDINGS.get(lang, ())) for w in low_words
                                                               if len(w) > 6):
        kind = "ORG"
    elif tokens[k].acronym and len(words) == 1:
        kind = "ORG"
    elif lang == "es" and len(words) >= 2 and (low_words[0] in _ES_TRADE_NOUNS or low_words[0].endswith("iones")):
        kind = "ORG"  # "Construcciones Almagro", "Comisiones Obreras": a trade or a plural noun opens a body's name
    elif lang == "de" and len(words) >= 2 and german_proper_adjective(words[0]):
        kind = "ORG"  # "Deutsche Bahn", "Britische Botschaft": a name opened by an adjective is no person's
    elif lang == "de" and german_firm(words) and not is_first_name(words[0]):
        kind = "ORG"  # "Kessler Chemie": a name and a trade noun
    elif lang != "uk" and firm_name(words) or lang == "de" and len(words) >= 2 and words[-1] in ENGLISH_BODY_HEADS:
        kind = "ORG"  # "Kestrel Motors", "Valmont Systems": a name and an English trade noun or a legal form
    elif len(words) == 1 and hyphenated_organisation(words[0], rules):
        kind = "ORG"  # "Météo-France", "Radio-Canada": a common noun joined to a place
    elif lang == "uk" and len(words) == 1 and uk_people_plural(before) and not uk_first_name(words[0]) \
            and not tokens[k].acronym:
        kind = "LOC"  # "Мешканці Вишеньки", "школярам Новопетрівки": where the people live
    elif lang in _ROMANCE and len(words) == 1 and words[0] in document.bodies and words[0] not in document.surnames:
        kind = "ORG"  # "los beneficios de Inditex" after "la empresa Inditex"
    elif lang == "uk" and len(words) == 1 and not tokens[k].acronym and not complement \
            and cyrillic_stem(words[0]) in document.surnames:
        kind = "PER"  # "Громову" after "Бориса Громова"
    elif lang in _SURNAME_LANGS and len(words) == 1 and words[0] in document.surnames:
        kind = "PER"  # "sagte Müller" after "Klaus Müller", "los aliados de Putin" after "Vladímir Putin"
    elif (before in ORG_CUES.get(lang, ()) or lang == "uk" and party_noun(before) or lang == "de" and german_firm_cue(before)) and not is_first_name(words[0]) \
            and not (lang == "uk" and uk_first_name(words[0])):
        kind = "ORG"  # "l'entreprise Enedis", "la empresa Acciona", "компанія Укрнафта", "фракції Батьківщина"
    elif lang == "uk" and uk_foreign_firm(words):
        kind = "ORG"  # "Interstatus Limited", "Енерджі Трейд Груп": a foreign firm's legal form ends the name
    elif lang == "uk" and len(words) >= 2 and uk_org_shape(tokens[k:j]):
        kind = "ORG"  # "Нова Пошта", "Демурінський ГЗК": an adjective and a noun or initials, no person's name
    elif lang == "es" and es_town(words, before, lambda low: is_org_word(low, rules)):
        kind = "LOC"  # "en Torrejón de Ardoz", "vecinos de Alcalá de Henares": a town named with "de", no article
    elif complement:
        kind = "ORG"  # "ministro del Interior": the name completes a role
    elif len(words) >= 2 and not person_cue and (lang == "es" and es_article_before(before)
                                                 or lang == "fr" and fr_article_before(before)):
        kind = "ORG"  # "el Real Madrid", "le Paris Saint-Germain" (Paris, a first name too): a person's takes no article
    elif person_cue or is_first_name(words[0]) or (lang == "uk" and uk_person(words)):
        kind = "PER"
    elif lang == "de" and len(words) == 1 and german_genitive_name(tokens, k, rules):
        kind = "PER"  # "von Hitlers Vizekanzler", "über Zabels Entscheidung" (a place's genitive is read before)
    elif lang == "de" and not tokens[k].acronym and german_speaker(tokens, k, j):
        kind = "PER"  # ", sagte Pfister .", "Prizak meinte": a bare name that speaks
    elif lang == "es" and len(words) == 1 and not tokens[k].acronym \
            and es_speaker(before, tokens[j].text.lower() if j < len(tokens) else ""):
        kind = "PER"  # "dijo Ferreira", "Menem sostuvo": a lone name that speaks
    elif lang == "es" and len(words) == 1 and not tokens[k].acronym and personal_preposition(before):
        kind = "PER"  # "criticó a Feijóo", "derrocado por Pinochet": an unknown lone name there is a person
    elif len(words) == 1 and before in rules.locative and not tokens[k].acronym:
        kind = "LOC"
    elif lang in _ROMANCE and any(w in rules.connectors for w in low_words[1:-1]):
        kind = "ORG"  # "Fiscalía de Valladolid", "El Norte de Castilla": no first name, a name joined by "de"
    elif len(words) >= 2 and any(t.acronym for t in tokens[k:j]):
        kind = "ORG"  # "IG BCE", "IG Metall": initials in a name with no first name are a body's
    elif len(words) >= 2:
        kind = "PER"
    elif lang == "es" and len(words) == 1 and not tokens[k].acronym and (es_list_joint(before)
                                                                         or _bare_partner(tokens, j, rules)):
        kind = "PER"  # "Aznar y Chirac", "..., Pinochet": a bare unknown name after "y" or a comma; a body takes an article
    elif lang == "fr" and before in _FR_SINGULAR_ARTICLES and not tokens[k].acronym:
        kind = "LOC"  # "la Corse", "du Darfour", "l'Aquitaine": a firm's name takes no article, a region or a river does
    else:
        kind = "ORG"
    yield k, j, kind, role if kind == "PER" else ""
    if lang == "de" and kind == "ORG":
        for m in german_places_in_org(tokens, k, j, rules):
            yield m, m + 1, "LOC", ""  # "Landesregierung von Niedersachsen": the organisation, and the place it is of


#: Languages whose names of bodies join capitalised words with "de" ("Comunidad de Madrid"); a person's surname
#: with "de" comes after a first name, or a role or title, which are read before.
_ROMANCE = frozenset({"es", "fr"})

#: Languages whose lone surnames are read from the document's full names (:func:`_surnames`).
_SURNAME_LANGS = frozenset({"de", "es", "fr"})

#: French singular articles, with "de" and "à" (a firm's name takes none: "Renault", "chez Michelin").
_FR_SINGULAR_ARTICLES = frozenset({"le", "la", "l'", "l’", "du", "au"})

#: Spanish articles after "de" inside a body's name ("Mancomunidad de la Ribera").
_ES_ARTICLES = frozenset({"la", "las", "los"})

#: Spanish trade nouns that open a firm's name ("Transportes Ruiz", "Talleres Gómez", "Bodegas Ochoa"); plurals of
#: nouns in -ión ("Construcciones", "Instalaciones") are read by their ending.
_ES_TRADE_NOUNS = frozenset("""transportes talleres hermanos industrias laboratorios bodegas servicios autocares
    almacenes suministros montajes ingeniería conservas aceites muebles excavaciones estructuras materiales
    cerámicas aluminios hormigones áridos grúas""".split())

#: Languages where a lone sentence-first word needs the document to capitalise it elsewhere.
_LONE_FIRST = frozenset({"uk", "es", "fr", "de"})

#: A word alone in quotes is a title or a firm's name («Укрдорхім»), not a sentence's first word («Llevamos años»).
_OPENING_QUOTES = frozenset('«“„"')
_CLOSING_QUOTES = frozenset('»”“"')

#: Acronyms of states ("USA" is a place, not an organisation).
_PLACE_ACRONYMS = frozenset("USA US UK GB EEUU EE.UU UdSSR URSS UdSSR DDR BRD RFA RDA США РФ СРСР".split())

def _bare_partner(tokens: list[WordTok], j: int, rules: LanguageRules) -> bool:
    """True when "y" or "e" and a bare lone unknown name follow ``tokens[j - 1]`` ("Aznar | y Chirac"): two persons."""
    if j + 1 >= len(tokens) or tokens[j].text not in ("y", "e"):
        return False
    nxt = tokens[j + 1]
    return nxt.cap and nxt.text[:1].isalpha() and not nxt.acronym and not known_name_part(nxt.text, rules.code) \
        and not is_org_word(nxt.text.lower(), rules) and not (j + 2 < len(tokens) and tokens[j + 2].cap)


def _plain(phrase: str) -> str:
    """``phrase`` without its accents ("Cádiz" -> "Cadiz": the places list writes some names so)."""
    return "".join(c for c in unicodedata.normalize("NFD", phrase) if not unicodedata.combining(c))


def _place_noun_before(tokens: list[WordTok], k: int, lang: str) -> bool:
    """True when a lower-case place noun stands right before ``tokens[k]`` ("вулиці", "вул.", "calle")."""
    if k > 1 and tokens[k - 1].text == ".":  # an abbreviation ("вул. Морській"), not a sentence's end ("у м.\n")
        return tokens[k - 2].end == tokens[k - 1].start and tokens[k - 1].end + 1 == tokens[k].start \
            and place_noun(tokens[k - 2].text + ".", lang, abbreviation=True)
    return k > 0 and place_noun(tokens[k - 1].text, lang)
