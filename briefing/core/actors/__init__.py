"""Key actors: the people, organisations and places of a story.

The data path inside: :mod:`.lexicon` (word lists) -> :mod:`.tokens` ->
:mod:`.document` and :mod:`.finder` (rule-based mentions, with :mod:`.roles`
and the statistical :mod:`.tagger` where the rules run out; :mod:`.spacy_backend`
optionally) -> :mod:`.resolve` (aliases merged) -> :mod:`.extract` (typed, ranked actors).
"""

from .extract import BACKENDS, extract_actors, extract_mentions
from .spacy_backend import spacy_available
from .tokens import EntityMention

__all__ = ["BACKENDS", "EntityMention", "extract_actors", "extract_mentions", "spacy_available"]
