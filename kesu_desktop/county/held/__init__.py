"""What the county holds, summed: the figures kept beside each received return (``figures``), which version
counts and the yearly and monthly rollups kept current with them (``rollups``), and the one way every county
figure is read from them (``sums``)."""
