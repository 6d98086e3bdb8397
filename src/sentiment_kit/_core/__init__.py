"""The bottom layer every other part of sentiment_kit builds on: escaping and parsing rules.

Nothing here imports from the rest of the package.
"""
