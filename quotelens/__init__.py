"""quotelens: read a news article by its voices."""
