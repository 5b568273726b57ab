"""evkg benchmarks (``make bench``)."""
