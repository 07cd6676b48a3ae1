"""The quickscan area: scans, results and comparison over time."""
