module github.com/pyasync2go/pyasync2go/rt

go 1.24
