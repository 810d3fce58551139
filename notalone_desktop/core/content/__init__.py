"""Loaders for the shipped content (TOML and Markdown front matter), with validation.

Every loader returns what it could read plus a list of problems: at run time a bad entry is skipped with a log
line, and the content tests fail on any problem, naming the file and the key.
"""
