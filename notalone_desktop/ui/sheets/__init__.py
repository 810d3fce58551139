"""Printable sheets: each module builds the HTML of one sheet from the services."""
