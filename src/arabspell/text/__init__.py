"""Positions in a source, the one cutter of long texts into parts, prose extraction, inline directives."""
