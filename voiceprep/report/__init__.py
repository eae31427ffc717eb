"""Reviews of stored sessions: bands, advice, charts, the HTML report and terminal summaries."""
