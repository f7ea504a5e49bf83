"""Command pipelines: one module per command, load -> check -> output.

Each module here reads files, runs the checks and calls pure output functions;
it returns results (data, text, bytes) and never prints or exits: that is
``cli.py``'s job.
"""
