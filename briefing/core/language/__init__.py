"""Language tools: the offline tokenizer and per-language resources (stemmers, stop words)."""
