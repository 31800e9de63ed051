package codegen

import (
	"strconv"

	"github.com/pyasync2go/pyasync2go/rt/py"
)

// goIdent is py.GoIdent: the traceback code must map Python names to Go
// names exactly as codegen does, so the mapping has one home in rt/py.
func goIdent(name string) string { return py.GoIdent(name) }

// namer hands out Go identifiers that are unique along a chain of nested
// scopes, so an inner function never shadows a name it needs from outside.
type namer struct {
	parent *namer
	used   map[string]bool
}

func newNamer(parent *namer) *namer { return &namer{parent: parent, used: map[string]bool{}} }

func (n *namer) taken(s string) bool {
	for p := n; p != nil; p = p.parent {
		if p.used[s] {
			return true
		}
	}
	return py.IsGoReserved(s)
}

// fresh reserves base, or base2, base3, ... if base is taken.
func (n *namer) fresh(base string) string {
	name := base
	for i := 2; n.taken(name); i++ {
		name = base + strconv.Itoa(i)
	}
	n.used[name] = true
	return name
}
