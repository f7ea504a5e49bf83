"""Words of the command line shared by every command."""

EN: dict[str, str] = {
    "example": "{n} files checked",
}

PL: dict[str, str] = {
    "example": "{n} pliki sprawdzone",
}
