"""The guideline's rules and the data they apply to: plain Python, no Qt, no database."""
