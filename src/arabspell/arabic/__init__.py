"""Arabic as text: the letter classes, lookup keys, word tokens and clitics (the lowest layer but findings)."""
