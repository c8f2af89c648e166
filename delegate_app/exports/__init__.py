"""Writers: DTOs in, bytes out (iCalendar, PDF, CSV/XLSX, vCard), written atomically."""
