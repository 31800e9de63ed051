package ir

// Severity of a diagnostic.
type Severity int

const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one message about the input program. Every phase (frontend,
// type inference, codegen) reports through it; the frontend renders it with
// the source line and a caret (frontend.Render).
type Diagnostic struct {
	File     string // path as the user gave it
	Pos      Pos
	Severity Severity
	Msg      string
	Hint     string   // one suggestion; "" when none helps
	Notes    []string // extra context lines
}

// Diagnostics is a list that knows whether it holds an error.
type Diagnostics []Diagnostic

func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}
