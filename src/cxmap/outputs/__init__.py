"""Outputs: pure functions from results to text or bytes (reporters, render, diff)."""
