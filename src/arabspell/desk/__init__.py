"""A desk's settings: configuration files, desk dictionaries, learning them from an archive, baselines."""
