"""Runs: one file's plan and check, a run over many files, several cores, an archive on Dask."""
