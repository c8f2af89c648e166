"""Readers: bytes in, validated DTOs out (iCalendar, CSV/XLSX, vCard)."""
