"""The main window's pages: Today, Summits, Delegations, People, Cities & networks, Commitments."""
