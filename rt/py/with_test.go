package py

import "testing"

type testCM struct {
	log     []string
	swallow bool
}

func (m *testCM) PyEnter() any { m.log = append(m.log, "enter"); return "value" }
func (m *testCM) PyExit(exc *Exception) bool {
	if exc == nil {
		m.log = append(m.log, "exit clean")
	} else {
		m.log = append(m.log, "exit "+exc.Class.Name)
	}
	return m.swallow
}

func TestWithGoInterface(t *testing.T) {
	m := &testCM{swallow: true}
	if v := Enter(m); v != "value" {
		t.Fatalf("Enter = %v", v)
	}
	if !Exit(m, New(ValueError, "x")) {
		t.Fatal("Exit did not report the swallow")
	}
	m.swallow = false
	if Exit(m, nil) {
		t.Fatal("a clean exit swallows nothing")
	}
	if got := len(m.log); got != 3 || m.log[1] != "exit ValueError" || m.log[2] != "exit clean" {
		t.Fatalf("log = %v", m.log)
	}
}

func TestWithNotAContextManager(t *testing.T) {
	exc := Try(func() { Enter(5) })
	if exc == nil || !exc.Is(TypeError) || ExcStr(exc) != "'int' object does not support the context manager protocol" {
		t.Fatalf("got %v", exc)
	}
}
