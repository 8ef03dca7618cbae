"""The lexicon: the word store and its artefact, `Lexicon.status()`, the name model, house-style variants, the build."""
