"""Performance benchmarks of the portal (not part of the test suite); see bench/portal.py."""
