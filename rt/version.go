package rt

// Version is this runtime module's version, tagged rt/<Version> in the
// repository. The CLI module requires exactly this version (a test checks),
// stamps it into generated files and prints it in `pyasync2go version`; bump
// it with every release of a changed runtime.
const Version = "v0.1.0"
