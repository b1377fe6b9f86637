"""One brief from several articles on the same story (issue 16).

:mod:`.sources` letters the articles and joins them into one body to rate;
:mod:`.similarity` finds near-duplicate sentences and differing figures;
:mod:`.points` holds the result (light); :mod:`.summary` rates all sentences together and picks the points (merged
near-duplicates citing every source, redundancy removed, coverage spread,
differing figures kept side by side); :mod:`.actors` merges the actors of
every article. :func:`briefing.core.brief.pipeline.analyse_files` runs it all.
"""
