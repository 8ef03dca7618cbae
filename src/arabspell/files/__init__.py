"""Files: finding and reading the inputs of a run (decoded, or streamed), and writing fixes safely."""
