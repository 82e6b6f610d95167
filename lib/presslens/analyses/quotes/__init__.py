"""Quote attribution: quotation marks, attribution frames, names in the text, speaker resolution."""
