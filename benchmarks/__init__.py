"""Benchmarks at national scale: `python -m benchmarks --cases N` (see the README).

Generates (or reuses) the synthetic data set of `generate_volume` in a database of its own, then
measures for a partner professional in about 200 cases and for an AOV'er of the largest
municipality: latency over http (median and p95), query counts, requests per second through
gunicorn at concurrency 8, and the web workers' memory, against a floor of one hand-written
query. Writes the figures and the query plans to `docs/performance.md`.
"""
