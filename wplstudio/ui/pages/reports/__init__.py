"""The reports area: learning register, training plan and the printed overviews."""
