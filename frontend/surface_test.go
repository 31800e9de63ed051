package frontend

import (
	"testing"

	"github.com/pyasync2go/pyasync2go/surface"
)

// TestAsyncOpsMatchRegistry: every asyncio function the registry marks as
// lowered to ir.AsyncCall has an operation, and no operation lacks an entry.
func TestAsyncOpsMatchRegistry(t *testing.T) {
	for _, e := range surface.Entries("asyncio") {
		if _, ok := asyncOps[e.Name]; ok != e.AsyncOp {
			t.Errorf("asyncio.%s: AsyncOp is %v in the registry, has an operation: %v", e.Name, e.AsyncOp, ok)
		}
	}
	for name := range asyncOps {
		if surface.Lookup("asyncio", name) == nil {
			t.Errorf("asyncio.%s has an operation but no registry entry", name)
		}
	}
}
