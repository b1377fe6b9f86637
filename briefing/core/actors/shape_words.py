"""The word lists the shape rules read (:mod:`.shapes`): legal forms, venue, road and landform ends, compass words,
stages of a competition, award and record nouns. A module of their own, so that the rules stay readable."""

from __future__ import annotations

_VOWELS = frozenset("aeiouy")

#: Particles inside a hyphenated town's name ("Port-au-Prince", "Boulogne-sur-Mer", "Southend-on-Sea").
_HYPHEN_PLACE_LINKS = frozenset(["au", "aux", "de", "du", "des", "en", "sur", "sous", "lès", "les", "le", "la", "upon",
                                 "on", "under"])

#: A ruler's number after the name: "Elizabeth II", "Oba Ewuare II" ("I" is left out: the pronoun).
_REGNAL = frozenset(["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"])

#: Prepositions written with a capital inside the name of a body named for a cause ("Reporters Without
#: Borders", "Mothers Against Drunk Driving"): a run of common words with one of them inside is a name.
_CAUSE_PREPS = frozenset(["Without", "Against", "Beyond", "Across"])
#: Verbs that open the aim in a body's name after a lower-case "to" ("Committee to Protect Journalists",
#: "Campaign to Stop Killer Robots"): an infinitive of purpose, written with a capital, joins the run.
PURPOSE_VERBS = frozenset(["Protect", "Stop", "Save", "End", "Abolish", "Ban", "Preserve", "Prevent", "Defend",
                           "Free", "Promote", "Combat", "Fight", "Reform", "Restore", "Keep", "Eliminate"])


#: A company's legal form: the name ends there ("Dow Chemical Co of the United States" is two names).
_LEGAL_ENDS = frozenset(["Co", "Cos", "Corp", "Corporation", "Inc", "Ltd", "Plc", "PLC", "plc", "LLC", "AG", "SA", "NV", "Bhd"])


#: Legal forms as written at the end of a company's name, periods removed ("S.A." -> "SA").
_LEGAL_FORMS = _LEGAL_ENDS | {"SpA", "AB", "BV", "GmbH", "Ltda", "SARL", "ASA", "Oyj", "KK", "LP", "LLP"}


#: Definite articles of other languages that start names of newspapers and firms, never a person's name
#: ("Le" is left out: "Le Pen"). Two-word runs only: "El Hassane Lahssini" is a person.
_ARTICLES = frozenset(["Der", "Die", "Das", "La", "Las", "Los", "El", "Il", "Het"])


#: Compass adjectives that open the name of a region ("Northern Cape"); alone they are adjectives.
_COMPASS = frozenset(["Northern", "Southern", "Eastern", "Western", "North", "South", "East", "West"])


#: Words that name a stage of a competition when a roman numeral or a letter follows ("World Group II", "Pool B").
_STAGES = frozenset(["Group", "Pool", "Division", "Conference", "Zone"])

#: Words that make a "Centre" or "Center" a venue, a place ("Scottish Exhibition and Conference Centre",
#: "National Tennis Centre"),
#: not the body that runs it ("Centre for Policy Studies").
_VENUE_KINDS = frozenset(["Exhibition", "Exhibitions", "Convention", "Conference", "Shopping", "Leisure", "Trade",
                          "Congress", "Events", "Garden", "Tennis", "Sports", "Sport", "Aquatics", "Athletics",
                          "Equestrian", "Arts"])

#: Last words of the name of a building or a site people are held, drink or serve in: a place, whatever
#: organisation words come before ("Boonies Bar", "Palm Beach County Jail", "Lackland Air Force Base").
_VENUE_ENDS = frozenset(["Bar", "Pub", "Tavern", "Saloon", "Jail", "Prison", "Penitentiary", "Base", "Airbase",
                         "Barracks", "Airfield"])

#: Last words of a venue's name that are surnames too ("Hall", "House"): a place after a common word, even when a
#: first name opens the run ("Royal Opera House", "Grace Concert Hall").
_STAGE_VENUE_ENDS = frozenset(["House", "Hall", "Arena", "Playhouse"])

#: First words of French, Spanish, Italian and Portuguese names of grounds, parks, squares, palaces and streets,
#: a place when a particle follows ("Parc des Princes", "Estadio de la Ceramica", "Piazza del Campo").
_ROMANCE_PLACE_HEADS = frozenset(["Plateau", "Mont", "Lac", "Lago", "Pic", "Pico", "Cerro", "Puerto", "Parc", "Parque", "Stade", "Estadio", "Stadio", "Estádio", "Paseo", "Plaza", "Piazza",
                                  "Praça", "Palais", "Palacio", "Palazzo", "Rue", "Avenida", "Jardin", "Jardim", "Pont",
                                  "Puerta", "Campo", "Castello", "Castillo", "Château", "Chateau", "Quai", "Calle"])

#: Last words of the name of a monument, a place even after a first name ("Martin Place War Memorial", "Lincoln
#: Memorial"); kept out of loc-words.txt, which the tagger reads as a feature.
_MONUMENT_ENDS = frozenset(["Memorial", "Monument"])
#: Titles of an office that end a capitalised run: with no name after it the run is a role, no actor ("the Board
#: Chair spoke", "the FAA Administrator said"); a name after it is the holder's (read by :mod:`.roles`).
_OFFICE_ENDS = frozenset(["Chair", "Chairman", "Chairwoman", "Chairperson", "Administrator", "Commissioner",
                          "Secretary", "Spokesman", "Spokeswoman", "Spokesperson"])
#: Last words of a road's name, a place even after a first name ("Bruce Highway", "Pacific Motorway", "Market St");
#: kept out of loc-words.txt like the monuments (the tagger reads that list).
_ROAD_ENDS = frozenset(["Highway", "Motorway", "Freeway", "Expressway", "Parkway", "Turnpike", "Tollway", "Boulevard",
                        "Bypass", "St", "Rd", "Ave", "Blvd"])

#: Last words of the name of a landform, a place even after a first name ("Blake Plateau", "Permian Basin",
#: "Great Barrier Reef"); kept out of loc-words.txt like the monuments (the tagger reads that list).
_LANDFORM_ENDS = frozenset(["Plateau", "Massif", "Glacier", "Reef", "Trench", "Fjord", "Escarpment", "Volcano",
                            "Archipelago", "Atoll", "Lagoon", "Estuary", "Basin", "Steppe", "Tundra"])
#: Last words of a small street's name that are surnames or dictionary words too ("Lane", "Close"): a place after a
#: dictionary word that is no first name ("Mill Lane", "Church Close"; not "Nathan Lane", "Glenn Close").
_STREET_ENDS = frozenset(["Lane", "Drive", "Close", "Crescent", "Terrace", "Grove", "Mews"])

#: Lowercase nouns after a name that make it the name of an award: "a Golden Globe award", "his Emmy nomination".
_AWARD_NOUNS = frozenset(["award", "awards", "prize", "prizes", "trophy", "medal", "medals", "nomination",
                          "nominations", "ceremony", "statuette"])


#: Compass words before a nationality adjective: "Southeast Asian", "North Africans" (peoples, not actors).
_COMPASS_ALL = _COMPASS | {"Northeast", "Northwest", "Southeast", "Southwest", "Central"}

#: Words before a town and a compass word that make it a place ("in Sheffield Central", "seats are: Bristol West", a
#: list of seats) rather than a person whose surname is a compass word ("a cover of Kanye West": Kanye is a town too).
_PLACE_PREV = frozenset(["in", "at", ":"])

#: Prefixes of a hyphenated adjective of sides or stances: "Pro-Moscow", "anti-Japanese".
_STANCE_PREFIXES = frozenset(["Pro", "Anti", "Non", "Ex", "pro", "anti", "non"])


#: Nouns of a performer's records: "U2's latest single", "Blur's new album" make the owner a performer.
_RECORD_NOUNS = frozenset(["album", "albums", "single", "singles", "track", "tracks", "song", "songs", "hit", "hits",
                           "record", "records", "tour", "video", "debut", "ep", "lp"])
