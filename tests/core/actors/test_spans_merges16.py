"""Span and merging errors of the fifteenth round (issue 17): each kind on a short text written for it."""

from tests.core.builders import actor_aliases as actors, typed


# -- spans cut short ------------------------------------------------------------------


def test_elided_particle_stays_in_the_name():
    """"Henri Dupont d'Aubigny": the elided particle "d'" and its capitalised name end the person's name."""
    ms = typed("The guests included the banker Henri Dupont d'Aubigny and his daughter.")
    assert ("Henri Dupont d'Aubigny", "PER") in ms


def test_assimilated_arabic_article_stays_in_the_name():
    """"Ras ash-Shamra", "Tell ez-Zahir": the Arabic article written "ash-", "ez-" is part of the place's name."""
    ms = typed("Fighting spread to the town of Tell ez-Zahir, near Aleppo, on Friday.")
    assert ("Tell ez-Zahir", "LOC") in ms


def test_road_number_is_part_of_the_road_and_ends_it():
    """"State Highway 119", "Route 9": a road named by a number is one place; a caption's word after it is not."""
    ms = typed("Snow closed State Highway 119 Drivers waited for hours near Lyons.",
               "Police reopened Route 9 in the evening.")
    names = [t for t, _ in ms]
    assert ("State Highway 119", "LOC") in ms and ("Route 9", "LOC") in ms
    assert not any("Drivers" in n for n in names)


# -- split actors that are one --------------------------------------------------------


def test_name_without_its_middle_name_joins_the_full_name():
    """"Mary Jones" after "Mary Ellen Jones": one person, the middle name left out."""
    found = actors("Nurse Mary Ellen Jones denied the charges on Monday. Mary Jones told the panel she was tired.")
    assert "Mary Jones" in found["Mary Ellen Jones"][1]
    assert "Mary Jones" not in found


def test_knight_called_by_first_name_is_the_full_name():
    """"Sir Tobias" after "Sir Tobias Grant": the knight's first name with his title is the same person."""
    found = actors("Sir Tobias Grant opened the new library on Monday. Sir Tobias read from his latest novel.")
    assert "Tobias" in found["Tobias Grant"][1] and "Tobias" not in found


def test_mountain_without_mount_is_the_mountain():
    """"Kilimanjaro" after "Mount Kilimanjaro": one place."""
    found = actors("The students climbed Mount Kilimanjaro in June. Kilimanjaro was covered in snow.")
    assert found["Mount Kilimanjaro"] == ("LOC", ["Kilimanjaro"])
