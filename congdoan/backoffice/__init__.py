"""What every back-office screen shares, whichever app it belongs to."""
