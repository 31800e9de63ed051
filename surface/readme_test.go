package surface

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite README's generated surface section")

// TestReadmeTable fails when README's table of the supported surface is not
// the one the registry generates.
func TestReadmeTable(t *testing.T) {
	const path = "../README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	begin := strings.Index(readme, ReadmeBegin)
	end := strings.Index(readme, ReadmeEnd)
	if begin < 0 || end < begin {
		t.Fatalf("README.md lacks the markers %q and %q", ReadmeBegin, ReadmeEnd)
	}
	want := ReadmeBegin + "\n" + ReadmeTable() + ReadmeEnd
	got := readme[begin : end+len(ReadmeEnd)]
	if got == want {
		return
	}
	if *update {
		if err := os.WriteFile(path, []byte(readme[:begin]+want+readme[end+len(ReadmeEnd):]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's surface table is stale; run go test ./surface -update\ngot:\n%s\nwant:\n%s", got, want)
}

// TestEntries checks the registry's own consistency.
func TestEntries(t *testing.T) {
	for _, m := range Modules() {
		for _, e := range Entries(m.Name) {
			switch e.Kind {
			case Func:
				if e.Go == "" {
					t.Errorf("%s: a function needs a Go symbol", e.Qualified())
				}
				seenDefault := false
				for _, p := range e.Params {
					if p.KwOnly {
						continue
					}
					if p.IsRequired() && seenDefault {
						t.Errorf("%s: required parameter %s follows one with a default", e.Qualified(), p.Name)
					}
					seenDefault = seenDefault || !p.IsRequired()
				}
				if e.VarKw && (!e.VarArgs || e.MaxArgs > 0) {
					t.Errorf("%s: VarKw takes all extra arguments", e.Qualified())
				}
				if e.MaxArgs > 0 && !e.VarArgs {
					t.Errorf("%s: MaxArgs without VarArgs", e.Qualified())
				}
			case Value:
				if (e.Go == "") == (e.Const == nil) {
					t.Errorf("%s: a value needs exactly one of Go and Const", e.Qualified())
				}
			case Class:
				if e.GoPkg() != "py" {
					t.Errorf("%s: a class is a py symbol, got %q", e.Qualified(), e.Go)
				}
			}
			if e.Go != "" && e.GoPkg() != "rt" && e.GoPkg() != "py" {
				t.Errorf("%s: Go symbol %q is not in rt or py", e.Qualified(), e.Go)
			}
			if e.Void && e.Result != None && !e.AsyncOp {
				t.Errorf("%s: a void function's Python result is None", e.Qualified())
			}
		}
	}
}
