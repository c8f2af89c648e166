"""History and activity: the record of every change, beside each record and for the office."""
