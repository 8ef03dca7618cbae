"""Correcting a word form: the error channel and its costs, merges, the decision model and the corrector."""
