"""The ground floor: dates and their precision, bilingual fields, SVG charts; nothing of the domain."""
